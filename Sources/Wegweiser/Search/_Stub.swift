// TEMPORARY until the search files land.
public struct SuchFeld: Sendable { public var text: String; public var gewicht: Int; public init(_ text: String, gewicht: Int) { self.text = text; self.gewicht = gewicht } }
public struct SuchDokument: Sendable {
  public var url: String; public var art: String; public var titel: String; public var kurzbeschreibung: String
  public var gemeinden: [String]; public var ort: String?; public var kategorien: [String]; public var felder: [SuchFeld]
}
public struct SuchIndex {
  public static func dateien(dokumente: [SuchDokument], gemeinden: [(id: String, name: String)], kategorien: [(id: String, name: String)]) -> [(pfad: String, inhalt: [UInt8])] { [] }
}
