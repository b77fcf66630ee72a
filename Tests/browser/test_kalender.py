"""The calendar files (termin.ics, termine/kalender.ics) read by a calendar library.

`icalendar` parses every file of the site under test; `recurring_ical_events` expands each
series as a phone's calendar would. The dates must be the ones the event's page shows: its
next date and "Weitere Termine", and none of those under "Entfällt am".
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest
import recurring_ical_events

from conftest import site_dir

ZEIT = re.compile(r'<time datetime="(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?">')


def termin_ordner() -> list[Path]:
    return sorted(p.parent for p in (site_dir() / "termine").glob("*/termin.ics"))


def seite_zeiten(html: str) -> tuple[list[str], list[str]]:
    """The page's dates with a time (when it takes place) and those without (cancelled days)."""
    mit, ohne = [], []
    for tag, uhr in ZEIT.findall(html):
        (mit if uhr else ohne).append(f"{tag}T{uhr}" if uhr else tag)
    return mit, ohne


def test_every_event_has_a_calendar_file():
    seiten = sorted(p.parent for p in (site_dir() / "termine").glob("*/index.html") if p.parent.name != "termine")
    seiten = [p for p in seiten if not p.name.isdigit()]  # (later pages of the list)
    assert seiten, "no event pages"
    assert [p.name for p in termin_ordner()] == [p.name for p in seiten]


@pytest.mark.parametrize("ordner", termin_ordner(), ids=lambda p: p.name)
def test_calendar_file_has_the_dates_of_the_page(ordner: Path):
    cal = icalendar.Calendar.from_ical((ordner / "termin.ics").read_bytes())
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 1
    html = (ordner / "index.html").read_text(encoding="utf-8")
    mit, ohne = seite_zeiten(html)
    if "termin.ics" not in html:  # past or cancelled: nothing to compare
        return
    zeiten = [dt.datetime.fromisoformat(z) for z in mit]
    erster = min(zeiten)
    ende = max(zeiten) + dt.timedelta(minutes=1)
    tz = events[0]["DTSTART"].dt.tzinfo
    ab = erster.replace(tzinfo=tz)
    bis = ende.replace(tzinfo=tz)
    gefunden = sorted(e["DTSTART"].dt.replace(tzinfo=None) for e in recurring_ical_events.of(cal).between(ab, bis))
    assert gefunden == sorted(set(zeiten)), ordner.name
    for tag in ohne:
        if tag in html.split("Entfällt am", 1)[-1]:
            assert all(g.date().isoformat() != tag for g in gefunden), (ordner.name, tag)


def test_region_calendar_lists_every_upcoming_event():
    cal = icalendar.Calendar.from_ical((site_dir() / "termine" / "kalender.ics").read_bytes())
    uids = {str(e["UID"]).split("@")[0] for e in cal.walk("VEVENT")}
    liste = (site_dir() / "termine" / "index.html").read_text(encoding="utf-8")
    kommend = liste.split('id="kommend"')[1].split('id="vergangen"')[0]
    if 'href="../termine/2/' in liste:  # (the list goes on on later pages)
        pytest.skip("the upcoming events are on more than one page")
    assert uids and uids == set(re.findall(r'href="[^"]*termine/([^/"]+)/', kommend))


@pytest.mark.parametrize("datei", sorted((site_dir() / "gemeinden").glob("*/kalender.ics")), ids=lambda p: p.parent.name)
def test_gemeinde_calendar_has_the_events_of_its_page(datei: Path):
    cal = icalendar.Calendar.from_ical(datei.read_bytes())
    uids = {str(e["UID"]).split("@")[0] for e in cal.walk("VEVENT")}
    seite = (datei.parent / "index.html").read_text(encoding="utf-8")
    liste = seite.split('id="termine"')[1]
    gezeigt = set(re.findall(r'href="[^"]*termine/([^/"]+)/', liste))
    assert uids and all((site_dir() / "termine" / u / "termin.ics").exists() for u in uids)
    # (the page shows the next eight; the file has them all)
    assert gezeigt <= uids and (len(gezeigt) == 8 or gezeigt == uids), datei.parent.name
    assert 'href="kalender.ics"' in liste
