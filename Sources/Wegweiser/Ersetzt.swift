extension String {
    /// Every occurrence of `alt` replaced by `neu`, compared byte by byte (UTF-8).
    /// Foundation's `replacingOccurrences` goes through `NSString`; for the lists of thousands of
    /// pages it was a visible part of rendering them.
    func ersetzt(_ alt: String, durch neu: String) -> String {
        let a = Array(alt.utf8)
        guard let erstes = a.first else { return self }
        var s = self
        return s.withUTF8 { b -> String in
            var aus: [UInt8] = []
            var i = 0, kopiertBis = 0
            while i + a.count <= b.count {
                if b[i] == erstes, b[i..<(i + a.count)].elementsEqual(a) {
                    if aus.isEmpty { aus.reserveCapacity(b.count + 64) }
                    aus.append(contentsOf: b[kopiertBis..<i])
                    aus.append(contentsOf: neu.utf8)
                    i += a.count
                    kopiertBis = i
                } else {
                    i += 1
                }
            }
            if kopiertBis == 0 { return self }
            aus.append(contentsOf: b[kopiertBis...])
            return String(decoding: aus, as: UTF8.self)
        }
    }
}
