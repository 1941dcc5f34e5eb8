<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>Bild auf</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>Bild ab</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>schemalens-cli: unknown command &apos;%1&apos;
</source>
        <translation>schemalens-cli: unbekannter Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>%1: expected exactly one SOURCE
</source>
        <translation>%1: genau eine QUELLE erwartet
</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;
</source>
        <translation>%1: unerwartetes Argument &apos;%2&apos;
</translation>
    </message>
    <message>
        <source>%1: unknown dialect &apos;%2&apos; (use pg or sqlite)
</source>
        <translation>%1: unbekannter Dialekt &apos;%2&apos; (pg oder sqlite verwenden)
</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3
</source>
        <translation>%1: %2 kann nicht geschrieben werden: %3
</translation>
    </message>
    <message>
        <source>findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>%1 info</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2
</source>
        <translation>export: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Export SOURCE&apos;s ER diagram as SVG, PNG, PDF, Graphviz DOT or Mermaid.</source>
        <translation>Das ER-Diagramm von QUELLE als SVG, PNG, PDF, Graphviz-DOT oder Mermaid exportieren.</translation>
    </message>
    <message>
        <source>Migration folder, schema file or sqlite:PATH.</source>
        <translation>Migrationsordner, Schemadatei oder sqlite:PFAD.</translation>
    </message>
    <message>
        <source>The file to write; its extension picks the format: .svg, .png, .pdf, .dot/.gv, .mmd/.mermaid, .md (a mermaid block).</source>
        <translation>Die zu schreibende Datei; ihre Endung bestimmt das Format: .svg, .png, .pdf, .dot/.gv, .mmd/.mermaid, .md (ein Mermaid-Block).</translation>
    </message>
    <message>
        <source>Only TABLE and its neighbours (see --depth).</source>
        <translation>Nur TABLE und ihre Nachbarn (siehe --depth).</translation>
    </message>
    <message>
        <source>Hops around --focus (default 1).</source>
        <translation>Schritte um --focus herum (Standard 1).</translation>
    </message>
    <message>
        <source>Only tables of this schema (repeatable, or a comma list).</source>
        <translation>Nur Tabellen dieses Schemas (wiederholbar oder kommagetrennte Liste).</translation>
    </message>
    <message>
        <source>Leave the review&apos;s findings off the diagram.</source>
        <translation>Die Befunde der Prüfung nicht ins Diagramm aufnehmen.</translation>
    </message>
    <message>
        <source>Leave out the title and legend.</source>
        <translation>Titel und Legende weglassen.</translation>
    </message>
    <message>
        <source>Colours: light or dark.</source>
        <translation>Farben: light oder dark.</translation>
    </message>
    <message>
        <source>PNG resolution in dots per inch (default 192).</source>
        <translation>PNG-Auflösung in dpi (Standard 192).</translation>
    </message>
    <message>
        <source>Force the SQL dialect: pg or sqlite.</source>
        <translation>Den SQL-Dialekt erzwingen: pg oder sqlite.</translation>
    </message>
    <message>
        <source>Review file (default: .schemalens.json in the source folder).</source>
        <translation>Review-Datei (Standard: .schemalens.json im Quellordner).</translation>
    </message>
    <message>
        <source>export: -o FILE is required (.svg, .png, .pdf, .dot, .mmd)
</source>
        <translation>export: -o DATEI ist erforderlich (.svg, .png, .pdf, .dot, .mmd)
</translation>
    </message>
    <message>
        <source>export: unknown file extension of %1 (use .svg, .png, .pdf, .dot, .gv, .mmd, .mermaid or .md)
</source>
        <translation>export: unbekannte Dateiendung von %1 (.svg, .png, .pdf, .dot, .gv, .mmd, .mermaid oder .md verwenden)
</translation>
    </message>
    <message>
        <source>export: unknown theme &apos;%1&apos; (use light or dark)
</source>
        <translation>export: unbekanntes Farbschema &apos;%1&apos; (light oder dark verwenden)
</translation>
    </message>
    <message>
        <source>export: --depth needs a number of hops (0 or more)
</source>
        <translation>export: --depth braucht eine Anzahl Schritte (0 oder mehr)
</translation>
    </message>
    <message>
        <source>export: --dpi needs a number between 18 and 2400
</source>
        <translation>export: --dpi braucht eine Zahl zwischen 18 und 2400
</translation>
    </message>
    <message>
        <source>schemalens-cli: invalid review file %1: %2
</source>
        <translation>schemalens-cli: ungültige Review-Datei %1: %2
</translation>
    </message>
    <message>
        <source>schemalens-cli: warning: %1: %2: %3
</source>
        <translation>schemalens-cli: Warnung: %1: %2: %3
</translation>
    </message>
    <message>
        <source>export: no table named &apos;%1&apos;
</source>
        <translation>export: keine Tabelle namens &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>export: warning: the diagram has no tables
</source>
        <translation>export: Warnung: das Diagramm enthält keine Tabellen
</translation>
    </message>
    <message>
        <source>export: layout failed: %1
</source>
        <translation>export: Layout fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>export: note: the diagram is large; PNG rendered at %1 dpi instead of %2 (SVG and PDF keep full detail)
</source>
        <translation>export: Hinweis: das Diagramm ist groß; PNG wurde mit %1 dpi statt %2 gerendert (SVG und PDF behalten alle Details)
</translation>
    </message>
    <message>
        <source>export: %1
</source>
        <translation>export: %1
</translation>
    </message>
    <message>
        <source>Live PostgreSQL sources: read only schema NAME (repeatable; default: every non-system schema).</source>
        <translation>Live-PostgreSQL-Quellen: nur das Schema NAME lesen (wiederholbar; Standard: alle Nicht-System-Schemas).</translation>
    </message>
    <message>
        <source>Live PostgreSQL sources: also run the read-only, bounded data queries (orphan-rows: rows whose soft reference has no parent).</source>
        <translation>Live-PostgreSQL-Quellen: auch die lesenden, begrenzten Datenabfragen ausführen (orphan-rows: Zeilen, deren Soft-Referenz keine Elternzeile hat).</translation>
    </message>
    <message>
        <source>review: --data-checks needs a live PostgreSQL source
</source>
        <translation>review: --data-checks braucht eine Live-PostgreSQL-Quelle
</translation>
    </message>
    <message>
        <source>Review a schema source and report findings, strengths and a summary.
Exit codes: 0 reviewed (findings do not fail the run unless --fail-on is given), 1 a finding at or above --fail-on, 2 usage error, unreadable source or invalid review file.</source>
        <translation>Eine Schemaquelle prüfen und Befunde, Stärken und eine Zusammenfassung ausgeben.
Exit-Codes: 0 geprüft (Befunde lassen den Lauf nur mit --fail-on scheitern), 1 ein Befund auf oder über --fail-on, 2 Aufruffehler, unlesbare Quelle oder ungültige Review-Datei.</translation>
    </message>
    <message>
        <source>Output format: text (default), json, sarif, markdown, html.</source>
        <translation>Ausgabeformat: text (Standard), json, sarif, markdown, html.</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding of this severity or worse remains (default: never).</source>
        <translation>Mit 1 beenden, wenn ein Befund dieses Schweregrads oder schlimmer bleibt (Standard: nie).</translation>
    </message>
    <message>
        <source>Review file to use instead of .schemalens.json in the source folder.</source>
        <translation>Diese Review-Datei statt .schemalens.json im Quellordner verwenden.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>review: unknown format &apos;%1&apos; (use text, json, sarif, markdown or html)
</source>
        <translation>review: unbekanntes Format &apos;%1&apos; (text, json, sarif, markdown oder html verwenden)
</translation>
    </message>
    <message>
        <source>review: unknown severity &apos;%1&apos; for --fail-on (use error, warning or info)
</source>
        <translation>review: unbekannter Schweregrad &apos;%1&apos; für --fail-on (error, warning oder info verwenden)
</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>lädt</translation>
    </message>
    <message>
        <source>reviewing</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>schemalens-cli: warning: %1: suppression %2 matches no finding (stale?)
</source>
        <translation>schemalens-cli: Warnung: %1: Unterdrückung %2 passt zu keinem Befund (veraltet?)
</translation>
    </message>
    <message>
        <source>review: cannot write %1: %2
</source>
        <translation>review: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Describe every review rule: id, family, default severity, what it needs, rationale, fix, example and thresholds.</source>
        <translation>Alle Prüfregeln beschreiben: ID, Familie, Standard-Schweregrad, Voraussetzungen, Begründung, Korrektur, Beispiel und Schwellenwerte.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>rules: unknown format &apos;%1&apos; (use text or json)
</source>
        <translation>rules: unbekanntes Format &apos;%1&apos; (text oder json verwenden)
</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 files, %5 tables, %6 foreign keys, %7 enums, %8 views
</source>
        <translation>%1 (%2, %3): %4 Dateien, %5 Tabellen, %6 Fremdschlüssel, %7 Enums, %8 Sichten
</translation>
    </message>
    <message>
        <source>  dialect: %1
</source>
        <translation>  Dialekt: %1
</translation>
    </message>
    <message>
        <source>  %1 files skipped (down scripts, other dialects, ...)
</source>
        <translation>  %1 Dateien übersprungen (Down-Skripte, andere Dialekte, ...)
</translation>
    </message>
    <message>
        <source>  %1 statements, %2 applied
</source>
        <translation>  %1 Anweisungen, %2 angewendet
</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>Load a schema source and print its model.</source>
        <translation>Eine Schemaquelle laden und ihr Modell ausgeben.</translation>
    </message>
    <message>
        <source>Apply these migrations first, in this order (comma-separated paths, or @FILE).</source>
        <translation>Diese Migrationen zuerst anwenden, in dieser Reihenfolge (durch Kommas getrennte Pfade oder @DATEI).</translation>
    </message>
    <message>
        <source>Also write the SQL of each migration as applied (sections and placeholders resolved) to DIR/NNNN.sql, in order.</source>
        <translation>Zusätzlich das SQL jeder Migration wie angewendet (Abschnitte und Platzhalter aufgelöst) der Reihe nach nach DIR/NNNN.sql schreiben.</translation>
    </message>
    <message>
        <source>schema: unknown format &apos;%1&apos; (use text or json)
</source>
        <translation>schema: unbekanntes Format &apos;%1&apos; (text oder json verwenden)
</translation>
    </message>
    <message>
        <source>schema: cannot create %1
</source>
        <translation>schema: %1 kann nicht angelegt werden
</translation>
    </message>
    <message>
        <source>schema: cannot write %1: %2
</source>
        <translation>schema: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Leave views (and what they read) off the diagram.</source>
        <translation>Sichten (und was sie lesen) nicht ins Diagramm aufnehmen.</translation>
    </message>
    <message>
        <source>The schema as it was after MIGRATION: a version, a file or folder name, or #N for the first N migrations.</source>
        <translation>Das Schema nach MIGRATION: eine Version, ein Datei- oder Ordnername oder #N für die ersten N Migrationen.</translation>
    </message>
    <message>
        <source>Compare two schemas: two sources (folders, files, SQLite databases, live connections), or two points of one migration history. Exit code 0 when they are equal, 1 when they differ, 2 on error.</source>
        <translation>Zwei Schemas vergleichen: zwei Quellen (Ordner, Dateien, SQLite-Datenbanken, Live-Verbindungen) oder zwei Punkte einer Migrationshistorie. Exit-Code 0 bei Gleichheit, 1 bei Unterschieden, 2 bei einem Fehler.</translation>
    </message>
    <message>
        <source>The old schema: a source, or SOURCE@MIGRATION (a version, a file or folder name, or #N).</source>
        <translation>Das alte Schema: eine Quelle oder QUELLE@MIGRATION (eine Version, ein Datei- oder Ordnername oder #N).</translation>
    </message>
    <message>
        <source>The new schema, named the same way; omitted with --from/--to.</source>
        <translation>Das neue Schema, ebenso benannt; entfällt mit --from/--to.</translation>
    </message>
    <message>
        <source>Within one history: the schema after MIGRATION.</source>
        <translation>Innerhalb einer Historie: das Schema nach MIGRATION.</translation>
    </message>
    <message>
        <source>Within one history: compared with the schema after MIGRATION (default: the last one).</source>
        <translation>Innerhalb einer Historie: verglichen mit dem Schema nach MIGRATION (Standard: der letzten).</translation>
    </message>
    <message>
        <source>OLD as it was after MIGRATION.</source>
        <translation>ALT, wie es nach MIGRATION war.</translation>
    </message>
    <message>
        <source>NEW as it was after MIGRATION.</source>
        <translation>NEU, wie es nach MIGRATION war.</translation>
    </message>
    <message>
        <source>Output format: text (default), json or markdown.</source>
        <translation>Ausgabeformat: text (Standard), json oder markdown.</translation>
    </message>
    <message>
        <source>diff: unknown format &apos;%1&apos; (use text, json or markdown)
</source>
        <translation>diff: unbekanntes Format &apos;%1&apos; (text, json oder markdown verwenden)
</translation>
    </message>
    <message>
        <source>diff: --from/--to take exactly one SOURCE
</source>
        <translation>diff: --from/--to erwarten genau eine QUELLE
</translation>
    </message>
    <message>
        <source>diff: expected OLD and NEW (or SOURCE --from M --to M)
</source>
        <translation>diff: ALT und NEU erwartet (oder QUELLE --from M --to M)
</translation>
    </message>
    <message>
        <source>diff: --old-at/--new-at compare two sources; use --from/--to within one
</source>
        <translation>diff: --old-at/--new-at vergleichen zwei Quellen; innerhalb einer --from/--to verwenden
</translation>
    </message>
    <message>
        <source>A fresh layout by ENGINE (auto, compact, dot, sfdp, neato or fdp) instead of the arrangement saved in .schemalens-layout.json.</source>
        <translation>Ein neues Layout mit ENGINE (auto, compact, dot, sfdp, neato oder fdp) statt der in .schemalens-layout.json gespeicherten Anordnung.</translation>
    </message>
    <message>
        <source>Columns shown in each table: all, keys (keys and columns with findings) or none (table names only).</source>
        <translation>In jeder Tabelle gezeigte Spalten: all (alle), keys (Schlüssel und Spalten mit Befunden) oder none (nur Tabellennamen).</translation>
    </message>
    <message>
        <source>Group tables into framed domains: by schema, prefix (of table names), community (tables tied by foreign keys) or none. Default: community above %1 tables, else schema.</source>
        <translation>Tabellen in umrahmte Bereiche gruppieren: nach schema, prefix (Präfix der Tabellennamen), community (durch Fremdschlüssel verbundene Tabellen) oder none. Standard: community ab %1 Tabellen, sonst schema.</translation>
    </message>
    <message>
        <source>Only the tables of the view NAME of the layout file.</source>
        <translation>Nur die Tabellen der Ansicht NAME aus der Layout-Datei.</translation>
    </message>
    <message>
        <source>Shape of a fresh layout, width:height (default 16:10).</source>
        <translation>Form eines neuen Layouts, Breite:Höhe (Standard 16:10).</translation>
    </message>
    <message>
        <source>export: unknown layout engine &apos;%1&apos; (use auto, compact, dot, sfdp, neato or fdp)
</source>
        <translation>export: unbekannte Layout-Engine „%1“ (auto, compact, dot, sfdp, neato oder fdp verwenden)
</translation>
    </message>
    <message>
        <source>export: unknown --columns &apos;%1&apos; (use all, keys or none)
</source>
        <translation>export: unbekanntes --columns „%1“ (all, keys oder none verwenden)
</translation>
    </message>
    <message>
        <source>export: unknown --group &apos;%1&apos; (use schema, prefix, community or none)
</source>
        <translation>export: unbekanntes --group „%1“ (schema, prefix, community oder none verwenden)
</translation>
    </message>
    <message>
        <source>export: --aspect needs WIDTH:HEIGHT, e.g. 16:10 (between 1:10 and 10:1)
</source>
        <translation>export: --aspect braucht BREITE:HÖHE, z. B. 16:10 (zwischen 1:10 und 10:1)
</translation>
    </message>
    <message>
        <source>schemalens-cli: warning: %1
</source>
        <translation>schemalens-cli: Warnung: %1
</translation>
    </message>
    <message>
        <source>export: no view named &apos;%1&apos; (the layout file has none)
</source>
        <translation>export: keine Ansicht namens „%1“ (die Layout-Datei hat keine)
</translation>
    </message>
    <message>
        <source>export: no view named &apos;%1&apos; (views: %2)
</source>
        <translation>export: keine Ansicht namens „%1“ (Ansichten: %2)
</translation>
    </message>
    <message>
        <source>Usage: schemalens-cli COMMAND SOURCE [options]

Commands:
  schema   load SOURCE and print its model
  review   review SOURCE: findings, strengths, summary (text, json, sarif, markdown, html)
  rules    describe every review rule
  export   write SOURCE&apos;s ER diagram (svg, png, pdf, dot, mmd)
  minutes  the minutes of a design review (markdown, html)
  diff     compare two schemas, or two points of a migration history

SOURCE is a migration folder, a schema file or sqlite:PATH.
Run &apos;schemalens-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>Aufruf: schemalens-cli BEFEHL QUELLE [Optionen]

Befehle:
  schema   QUELLE laden und ihr Modell ausgeben
  review   QUELLE prüfen: Befunde, Stärken, Zusammenfassung (text, json, sarif, markdown, html)
  rules    alle Prüfregeln beschreiben
  export   das ER-Diagramm von QUELLE schreiben (svg, png, pdf, dot, mmd)
  minutes  das Protokoll eines Design-Reviews (markdown, html)
  diff     zwei Schemas oder zwei Punkte einer Migrationshistorie vergleichen

QUELLE ist ein Migrationsordner, eine Schemadatei oder sqlite:PFAD.
&apos;schemalens-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Write the minutes of a design review: the decisions, notes and open questions kept in SOURCE&apos;s review file, with the findings they are about.</source>
        <translation>Schreibt das Protokoll eines Design-Reviews: die Entscheidungen, Notizen und offenen Fragen aus der Review-Datei von SOURCE, mit den Befunden, auf die sie sich beziehen.</translation>
    </message>
    <message>
        <source>Output format: markdown (default) or html.</source>
        <translation>Ausgabeformat: markdown (Standard) oder html.</translation>
    </message>
    <message>
        <source>The meeting&apos;s date (default: today).</source>
        <translation>Datum der Besprechung (Standard: heute).</translation>
    </message>
    <message>
        <source>Colours of the HTML&apos;s pictures: light or dark.</source>
        <translation>Farben der Bilder im HTML: light (hell) oder dark (dunkel).</translation>
    </message>
    <message>
        <source>minutes: unknown format &apos;%1&apos; (use markdown or html)
</source>
        <translation>minutes: unbekanntes Format „%1“ (markdown oder html verwenden)
</translation>
    </message>
    <message>
        <source>minutes: --date needs a day as YYYY-MM-DD
</source>
        <translation>minutes: --date erwartet einen Tag als JJJJ-MM-TT
</translation>
    </message>
    <message>
        <source>minutes: unknown theme &apos;%1&apos; (use light or dark)
</source>
        <translation>minutes: unbekanntes Farbschema „%1“ (light oder dark verwenden)
</translation>
    </message>
    <message>
        <source>minutes: note: %1 has no review file yet, so nothing was decided
</source>
        <translation>minutes: Hinweis: %1 hat noch keine Review-Datei, also wurde nichts entschieden
</translation>
    </message>
    <message>
        <source>minutes: warning: %1
</source>
        <translation>minutes: Warnung: %1
</translation>
    </message>
    <message>
        <source>minutes: cannot write %1: %2
</source>
        <translation>minutes: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Report only findings with no decision other than open in the review file (the CI baseline).</source>
        <translation>Nur Befunde melden, die in der Review-Datei keine andere Entscheidung als „offen“ haben (die CI-Basislinie).</translation>
    </message>
    <message>
        <source>Leave out findings of lower confidence: high, medium or low (default: low, everything).</source>
        <translation>Befunde geringerer Sicherheit weglassen: high, medium oder low (Vorgabe: low, alles).</translation>
    </message>
    <message>
        <source>The dialect the schema will move to (pg): a SQLite schema then also gets the findings of a port to PostgreSQL. Overrides the review file&apos;s targetDialect.</source>
        <translation>Der Dialekt, in den das Schema umziehen wird (pg): ein SQLite-Schema bekommt dann auch die Befunde einer Portierung nach PostgreSQL. Hat Vorrang vor targetDialect der Review-Datei.</translation>
    </message>
    <message>
        <source>PostgreSQL major version the migrations will run on (default: the review file&apos;s &quot;postgresVersion&quot;, else 15).</source>
        <translation>PostgreSQL-Hauptversion, auf der die Migrationen laufen werden (Standard: »postgresVersion« der Review-Datei, sonst 15).</translation>
    </message>
    <message>
        <source>review: unknown confidence &apos;%1&apos; for --min-confidence (use high, medium or low)
</source>
        <translation>review: unbekannte Sicherheit „%1“ für --min-confidence (high, medium oder low verwenden)
</translation>
    </message>
    <message>
        <source>review: --pg-version expects a PostgreSQL major version, e.g. 15
</source>
        <translation>review: --pg-version erwartet eine PostgreSQL-Hauptversion, z. B. 15
</translation>
    </message>
</context>
<context>
    <name>diff</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>materialized view</source>
        <translation>materialisierte Sicht</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>partitioned table</source>
        <translation>partitionierte Tabelle</translation>
    </message>
    <message>
        <source>foreign table</source>
        <translation>Fremdtabelle</translation>
    </message>
    <message>
        <source>virtual table</source>
        <translation>virtuelle Tabelle</translation>
    </message>
    <message>
        <source>unlogged %1</source>
        <translation>%1 (unlogged)</translation>
    </message>
    <message>
        <source>1 foreign key</source>
        <translation>1 Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1 foreign keys</source>
        <translation>%1 Fremdschlüssel</translation>
    </message>
    <message>
        <source>partition of %1</source>
        <translation>Partition von %1</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>unique constraint</source>
        <translation>Unique-Constraint</translation>
    </message>
    <message>
        <source>check constraint</source>
        <translation>Check-Constraint</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>exclusion constraint</source>
        <translation>Exclusion-Constraint</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>row-level security</source>
        <translation>Row-Level-Security</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>enum value</source>
        <translation>Enum-Wert</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>nullability</source>
        <translation>Nullbarkeit</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>generated as</source>
        <translation>generiert als</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>included columns</source>
        <translation>eingeschlossene Spalten</translation>
    </message>
    <message>
        <source>references</source>
        <translation>verweist auf</translation>
    </message>
    <message>
        <source>ON DELETE</source>
        <translation>ON DELETE</translation>
    </message>
    <message>
        <source>ON UPDATE</source>
        <translation>ON UPDATE</translation>
    </message>
    <message>
        <source>deferrable</source>
        <translation>aufschiebbar</translation>
    </message>
    <message>
        <source>match</source>
        <translation>match</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>no inherit</source>
        <translation>no inherit</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>predicate</source>
        <translation>Prädikat</translation>
    </message>
    <message>
        <source>nulls not distinct</source>
        <translation>nulls not distinct</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>permissive</source>
        <translation>permissiv</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>USING</source>
        <translation>USING</translation>
    </message>
    <message>
        <source>WITH CHECK</source>
        <translation>WITH CHECK</translation>
    </message>
    <message>
        <source>timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>for each row</source>
        <translation>für jede Zeile</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>materialized</source>
        <translation>materialisiert</translation>
    </message>
    <message>
        <source>order of values</source>
        <translation>Reihenfolge der Werte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>partition key</source>
        <translation>Partitionsschlüssel</translation>
    </message>
    <message>
        <source>partition of</source>
        <translation>Partition von</translation>
    </message>
    <message>
        <source>WITHOUT ROWID</source>
        <translation>WITHOUT ROWID</translation>
    </message>
    <message>
        <source>STRICT</source>
        <translation>STRICT</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Schema diff: %1 -&gt; %2
</source>
        <translation>Schema-Diff: %1 -&gt; %2
</translation>
    </message>
    <message>
        <source>No differences.
</source>
        <translation>Keine Unterschiede.
</translation>
    </message>
    <message>
        <source>1 difference: %1
</source>
        <translation>1 Unterschied: %1
</translation>
    </message>
    <message>
        <source>%1 differences: %2
</source>
        <translation>%1 Unterschiede: %2
</translation>
    </message>
    <message>
        <source># Schema diff

%1 → %2

</source>
        <translation># Schema-Diff

%1 → %2

</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>1 schema</source>
        <translation>1 Schema</translation>
    </message>
    <message>
        <source>%1 schemas</source>
        <translation>%1 Schemas</translation>
    </message>
    <message>
        <source>1 table</source>
        <translation>1 Tabelle</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 Tabellen</translation>
    </message>
    <message>
        <source>1 primary key</source>
        <translation>1 Primärschlüssel</translation>
    </message>
    <message>
        <source>%1 primary keys</source>
        <translation>%1 Primärschlüssel</translation>
    </message>
    <message>
        <source>1 unique constraint</source>
        <translation>1 Unique-Constraint</translation>
    </message>
    <message>
        <source>%1 unique constraints</source>
        <translation>%1 Unique-Constraints</translation>
    </message>
    <message>
        <source>1 check</source>
        <translation>1 Check</translation>
    </message>
    <message>
        <source>%1 checks</source>
        <translation>%1 Checks</translation>
    </message>
    <message>
        <source>1 exclusion constraint</source>
        <translation>1 Exclusion-Constraint</translation>
    </message>
    <message>
        <source>%1 exclusion constraints</source>
        <translation>%1 Exclusion-Constraints</translation>
    </message>
    <message>
        <source>1 index</source>
        <translation>1 Index</translation>
    </message>
    <message>
        <source>%1 indexes</source>
        <translation>%1 Indizes</translation>
    </message>
    <message>
        <source>RLS on 1 table</source>
        <translation>RLS auf 1 Tabelle</translation>
    </message>
    <message>
        <source>RLS on %1 tables</source>
        <translation>RLS auf %1 Tabellen</translation>
    </message>
    <message>
        <source>1 policy</source>
        <translation>1 Policy</translation>
    </message>
    <message>
        <source>%1 policies</source>
        <translation>%1 Policies</translation>
    </message>
    <message>
        <source>1 trigger</source>
        <translation>1 Trigger</translation>
    </message>
    <message>
        <source>%1 triggers</source>
        <translation>%1 Trigger</translation>
    </message>
    <message>
        <source>1 enum</source>
        <translation>1 Enum</translation>
    </message>
    <message>
        <source>%1 enums</source>
        <translation>%1 Enums</translation>
    </message>
    <message>
        <source>1 enum value</source>
        <translation>1 Enum-Wert</translation>
    </message>
    <message>
        <source>%1 enum values</source>
        <translation>%1 Enum-Werte</translation>
    </message>
    <message>
        <source>1 view</source>
        <translation>1 Sicht</translation>
    </message>
    <message>
        <source>%1 views</source>
        <translation>%1 Sichten</translation>
    </message>
    <message>
        <source>no schema change</source>
        <translation>keine Schemaänderung</translation>
    </message>
    <message>
        <source>enabled, forced</source>
        <translation>aktiviert, erzwungen</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
</context>
<context>
    <name>graph</name>
    <message>
        <source>Cannot read the layout request.</source>
        <translation>Die Layout-Anforderung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The layout request could not be read.</source>
        <translation>Die Layout-Anforderung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Graphviz could not be initialized.</source>
        <translation>Graphviz konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Graphviz could not read the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht lesen: %1</translation>
    </message>
    <message>
        <source>Graphviz layout with %1 failed: %2</source>
        <translation>Graphviz-Layout mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Layout needs the size of every table (%1 given for %2 tables).</source>
        <translation>Das Layout braucht die Größe jeder Tabelle (%1 angegeben für %2 Tabellen).</translation>
    </message>
    <message>
        <source>Edge %1 refers to a table that is not in the graph.</source>
        <translation>Kante %1 verweist auf eine Tabelle, die nicht im Graphen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n tables: hierarchical layout.</source>
        <translation>
            <numerusform>%n Tabelle: hierarchisches Layout.</numerusform>
            <numerusform>%n Tabellen: hierarchisches Layout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables: force-directed layout (hierarchical would take too long).</source>
        <translation>
            <numerusform>%n Tabelle: kräftebasiertes Layout (hierarchisch würde zu lange dauern).</numerusform>
            <numerusform>%n Tabellen: kräftebasiertes Layout (hierarchisch würde zu lange dauern).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 references per table: force-directed layout (too dense for a hierarchy).</source>
        <translation>%1 Verweise je Tabelle: kräftebasiertes Layout (zu dicht für eine Hierarchie).</translation>
    </message>
    <message numerus="yes">
        <source>%n tables with many long references: force-directed layout (hierarchical would take too long).</source>
        <translation>
            <numerusform>%n Tabelle mit vielen langen Verweisen: kräftebasiertes Layout (hierarchisch würde zu lange dauern).</numerusform>
            <numerusform>%n Tabellen mit vielen langen Verweisen: kräftebasiertes Layout (hierarchisch würde zu lange dauern).</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout worker program was not found.</source>
        <translation>Das Layout-Hilfsprogramm wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The layout worker program could not be started.</source>
        <translation>Das Layout-Hilfsprogramm konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The layout worker stopped unexpectedly (exit code %1).</source>
        <translation>Das Layout-Hilfsprogramm wurde unerwartet beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The layout worker returned an unreadable result.</source>
        <translation>Das Layout-Hilfsprogramm lieferte ein unlesbares Ergebnis.</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>Layout fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Layout produced no result.</source>
        <translation>Das Layout lieferte kein Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>%n tables: compact layout in the shape of the screen.</source>
        <translation>
            <numerusform>%n Tabelle: kompaktes Layout in der Form des Bildschirms.</numerusform>
            <numerusform>%n Tabellen: kompaktes Layout in der Form des Bildschirms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreferenced tables</source>
        <translation>Nicht referenzierte Tabellen</translation>
    </message>
    <message>
        <source>Unknown layout engine &quot;%1&quot; (use auto, compact, dot, sfdp, neato or fdp).</source>
        <translation>Unbekannte Layout-Engine „%1“ (auto, compact, dot, sfdp, neato oder fdp verwenden).</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an object with x and y</source>
        <translation>Objekt mit x und y erwartet</translation>
    </message>
    <message>
        <source>x and y must be numbers</source>
        <translation>x und y müssen Zahlen sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>unknown column mode (use all, keys or names)</source>
        <translation>unbekannter Spaltenmodus (all, keys oder names verwenden)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unsupported version (this Schemalens reads version %1)</source>
        <translation>nicht unterstützte Version (dieses Schemalens liest Version %1)</translation>
    </message>
    <message>
        <source>expected a list of tables</source>
        <translation>Liste von Tabellen erwartet</translation>
    </message>
    <message>
        <source>expected table names</source>
        <translation>Tabellennamen erwartet</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>x and y must be between -%1 and %1</source>
        <translation>x und y müssen zwischen -%1 und %1 liegen</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source> · inferred, no constraint</source>
        <translation> · abgeleitet, kein Constraint</translation>
    </message>
    <message>
        <source> · ON DELETE %1</source>
        <translation> · ON DELETE %1</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>Explore and review database schemas.</source>
        <translation>Datenbankschemas erkunden und prüfen.</translation>
    </message>
    <message>
        <source>Migration folder, schema file, SQLite database or postgresql:// connection to open.</source>
        <translation>Zu öffnender Migrationsordner, Schemadatei, SQLite-Datenbank oder postgresql://-Verbindung.</translation>
    </message>
    <message>
        <source>Force the SQL dialect.</source>
        <translation>Den SQL-Dialekt erzwingen.</translation>
    </message>
    <message>
        <source>Open the bundled example.</source>
        <translation>Das mitgelieferte Beispiel öffnen.</translation>
    </message>
    <message>
        <source>Render the window with SOURCE loaded to FILE (PNG) and exit.</source>
        <translation>Das Fenster mit geladener QUELLE in DATEI (PNG) rendern und beenden.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standardwert %1</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Primary key %1 (%2)</source>
        <translation>Primärschlüssel %1 (%2)</translation>
    </message>
    <message>
        <source>Unique %1 (%2)</source>
        <translation>Unique %1 (%2)</translation>
    </message>
    <message>
        <source>Check %1: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>Check %1: &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Keys and checks</source>
        <translation>Schlüssel und Checks</translation>
    </message>
    <message>
        <source>unique </source>
        <translation>unique </translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indexe</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweist auf</translation>
    </message>
    <message>
        <source>Referenced by</source>
        <translation>Referenziert von</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>Mermaid ER diagram</source>
        <translation>Mermaid-ER-Diagramm</translation>
    </message>
    <message>
        <source>Markdown with a Mermaid block</source>
        <translation>Markdown mit einem Mermaid-Block</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Unknown file type of %1: use .svg, .png, .pdf, .dot, .gv, .mmd or .md.</source>
        <translation>Unbekannter Dateityp von %1: verwenden Sie .svg, .png, .pdf, .dot, .gv, .mmd oder .md.</translation>
    </message>
    <message>
        <source>Unknown theme &apos;%1&apos;.</source>
        <translation>Unbekanntes Farbschema „%1“.</translation>
    </message>
    <message>
        <source>There are no tables to export in the chosen part of the diagram.</source>
        <translation>Im gewählten Teil des Diagramms gibt es keine Tabellen zum Exportieren.</translation>
    </message>
    <message>
        <source>The diagram has not been laid out yet.</source>
        <translation>Das Diagramm ist noch nicht angeordnet.</translation>
    </message>
    <message>
        <source>There are no tables to print.</source>
        <translation>Es gibt keine Tabellen zum Drucken.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Drucken fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Print Diagram</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>Print Failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preparing the diagram</source>
        <translation>Diagramm wird vorbereitet</translation>
    </message>
    <message>
        <source>With --screenshot: show the diagram at PERCENT, around the table with the most findings.</source>
        <translation>Mit --screenshot: das Diagramm mit PERCENT % Zoom zeigen, um die Tabelle mit den meisten Befunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n Fremdschlüssel</numerusform>
            <numerusform>%n Fremdschlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soft reference(s)</source>
        <translation>
            <numerusform>%n weiche Referenz</numerusform>
            <numerusform>%n weiche Referenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply these migrations first, in this order (comma-separated paths, or @FILE).</source>
        <translation>Diese Migrationen zuerst anwenden, in dieser Reihenfolge (durch Kommas getrennte Pfade oder @DATEI).</translation>
    </message>
    <message>
        <source>schemalens: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. This is the review it would show:
</source>
        <translation>schemalens: keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), das Fenster kann sich nicht öffnen. Dies ist die Prüfung, die es zeigen würde:
</translation>
    </message>
    <message>
        <source>schemalens: %1 is missing.
</source>
        <translation>schemalens: %1 fehlt.
</translation>
    </message>
    <message>
        <source>
To see the window, run this on a desktop, or under a virtual display:
  xvfb-run -a %1 --screenshot schemalens.png %2
</source>
        <translation>
Um das Fenster zu sehen, auf einem Desktop starten oder unter einer virtuellen Anzeige:
  xvfb-run -a %1 --screenshot schemalens.png %2
</translation>
    </message>
    <message>
        <source>schemalens: unknown dialect &apos;%1&apos; (use pg or sqlite)
</source>
        <translation>schemalens: unbekannter Dialekt „%1“ (pg oder sqlite verwenden)
</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>by rank</source>
        <translation>nach Rang</translation>
    </message>
    <message>
        <source>by table</source>
        <translation>nach Tabelle</translation>
    </message>
    <message>
        <source>by domain</source>
        <translation>nach Bereich</translation>
    </message>
    <message>
        <source>Referential integrity</source>
        <translation>Referenzielle Integrität</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Live database</source>
        <translation>Live-Datenbank</translation>
    </message>
    <message>
        <source>Whole schema</source>
        <translation>Ganzes Schema</translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Other tables</source>
        <translation>Andere Tabellen</translation>
    </message>
    <message>
        <source>findings: %1 errors, %2 warnings, %3 info</source>
        <translation>Befunde: %1 Fehler, %2 Warnungen, %3 Hinweise</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>Doppelklick zum Öffnen</translation>
    </message>
    <message>
        <source>Open the Timeline at MIGRATION: the schema after it, marked with what it changed.</source>
        <translation>Die Zeitleiste bei MIGRATION öffnen: das Schema danach, markiert mit ihren Änderungen.</translation>
    </message>
    <message>
        <source>Compare SOURCE with OTHER (a folder, a file or a database) on the diagram.</source>
        <translation>QUELLE im Diagramm mit ANDERE vergleichen (ein Ordner, eine Datei oder eine Datenbank).</translation>
    </message>
    <message>
        <source>… %1 more lines</source>
        <translation>… %1 weitere Zeilen</translation>
    </message>
</context>
<context>
    <name>load</name>
    <message>
        <source>cannot read order file %1: %2</source>
        <translation>Reihenfolge-Datei %1 nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>ON DELETE</source>
        <translation>ON DELETE</translation>
    </message>
    <message>
        <source>cascade</source>
        <translation>cascade</translation>
    </message>
    <message>
        <source>set null</source>
        <translation>set null</translation>
    </message>
    <message>
        <source>set default</source>
        <translation>set default</translation>
    </message>
    <message>
        <source>restrict / no action</source>
        <translation>restrict / no action</translation>
    </message>
    <message>
        <source>soft reference (no FK)</source>
        <translation>Soft-Referenz (ohne FK)</translation>
    </message>
    <message>
        <source>Cardinality</source>
        <translation>Kardinalität</translation>
    </message>
    <message>
        <source>exactly one</source>
        <translation>genau eins</translation>
    </message>
    <message>
        <source>zero or one</source>
        <translation>null oder eins</translation>
    </message>
    <message>
        <source>zero or many</source>
        <translation>null oder viele</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>PK primary key · FK foreign key · UQ unique · NN not null</source>
        <translation>PK Primärschlüssel · FK Fremdschlüssel · UQ eindeutig · NN Pflichtwert (NOT NULL)</translation>
    </message>
    <message>
        <source>the diagram is too large for an image; use SVG or PDF</source>
        <translation>das Diagramm ist zu groß für ein Bild; SVG oder PDF verwenden</translation>
    </message>
    <message>
        <source>cannot encode the PNG image</source>
        <translation>das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>Entity-relationship diagram generated by Schemalens</source>
        <translation>Von Schemalens erzeugtes Entity-Relationship-Diagramm</translation>
    </message>
    <message>
        <source>cannot start the SVG writer</source>
        <translation>der SVG-Writer kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot start the PDF writer</source>
        <translation>der PDF-Writer kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>view reads</source>
        <translation>Sicht liest</translation>
    </message>
    <message>
        <source>The tables of one finding and their neighbours</source>
        <translation>Die Tabellen eines Befunds und ihre Nachbarn</translation>
    </message>
    <message>
        <source>no picture for %1: %2</source>
        <translation>kein Bild für %1: %2</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Schema review: %1</source>
        <translation>Schema-Review: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Suppressed (%1)</source>
        <translation>Unterdrückt (%1)</translation>
    </message>
    <message>
        <source>Reviewed by Schemalens %1.</source>
        <translation>Geprüft von Schemalens %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>foreign key</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>index %1 on %2</source>
        <translation>Index %1 auf %2</translation>
    </message>
    <message>
        <source>constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>constraint %1 on %2</source>
        <translation>Constraint %1 auf %2</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>Sicht %1</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source> (ON DELETE: %1)</source>
        <translation> (ON DELETE: %1)</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>Soft foreign keys</source>
        <translation>Soft-Fremdschlüssel</translation>
    </message>
    <message>
        <source>Indexes (besides keys)</source>
        <translation>Indexe (außer Schlüsseln)</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Enum types</source>
        <translation>Enum-Typen</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Thresholds: %1</source>
        <translation>Schwellenwerte: %1</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source> (%1 suppressed)</source>
        <translation> (%1 unterdrückt)</translation>
    </message>
    <message>
        <source>Review: %1.</source>
        <translation>Review: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n Fremdschlüssel</numerusform>
            <numerusform>%n Fremdschlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soft foreign key(s)</source>
        <translation>
            <numerusform>%n weicher Fremdschlüssel</numerusform>
            <numerusform>%n weiche Fremdschlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n index(es)</source>
        <translation>
            <numerusform>%n Index</numerusform>
            <numerusform>%n Indizes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger(s)</source>
        <translation>
            <numerusform>%n Trigger</numerusform>
            <numerusform>%n Trigger</numerusform>
        </translation>
    </message>
    <message>
        <source>Noted, still open</source>
        <translation>Notiert, noch offen</translation>
    </message>
    <message>
        <source>%1 will fix</source>
        <translation>%1 wird behoben</translation>
    </message>
    <message>
        <source>%1 won&apos;t fix</source>
        <translation>%1 wird nicht behoben</translation>
    </message>
    <message>
        <source>%1 fixed</source>
        <translation>%1 behoben</translation>
    </message>
    <message>
        <source>%1 to discuss</source>
        <translation>%1 zu besprechen</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>zuständig: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Review file</source>
        <translation>Review-Datei</translation>
    </message>
    <message>
        <source>The tables of this finding and their neighbours</source>
        <translation>Die Tabellen dieses Befunds und ihre Nachbarn</translation>
    </message>
    <message>
        <source>Design review: %1</source>
        <translation>Design-Review: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Decisions: %1.</source>
        <translation>Entscheidungen: %1.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Decisions whose findings no longer appear in the schema.</source>
        <translation>Entscheidungen, deren Befunde im Schema nicht mehr auftreten.</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Noch keine Entscheidungen.</translation>
    </message>
    <message>
        <source>Open questions (%1)</source>
        <translation>Offene Fragen (%1)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Table and column notes (%1)</source>
        <translation>Notizen zu Tabellen und Spalten (%1)</translation>
    </message>
    <message>
        <source>(no longer in the schema)</source>
        <translation>(nicht mehr im Schema)</translation>
    </message>
    <message>
        <source>Minutes written by Schemalens %1.</source>
        <translation>Protokoll erstellt mit Schemalens %1.</translation>
    </message>
    <message>
        <source>not in a git repository</source>
        <translation>nicht in einem Git-Repository</translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation>nicht committete Änderungen</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>Top issues</source>
        <translation>Wichtigste Punkte</translation>
    </message>
    <message>
        <source>What a reviewer would raise first, most important first; every finding follows below.</source>
        <translation>Was ein Reviewer zuerst ansprechen würde, das Wichtigste zuerst; alle Befunde folgen weiter unten.</translation>
    </message>
    <message>
        <source>Resolved decisions (%1)</source>
        <translation>Erledigte Entscheidungen (%1)</translation>
    </message>
    <message>
        <source>Their findings no longer appear.</source>
        <translation>Ihre Befunde treten nicht mehr auf.</translation>
    </message>
    <message>
        <source>the schema</source>
        <translation>das Schema</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>%1 tables</source>
        <translation>%1 Tabellen</translation>
    </message>
    <message>
        <source>%1 foreign keys</source>
        <translation>%1 Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1 indexes</source>
        <translation>%1 Indizes</translation>
    </message>
    <message>
        <source>%1 places in the migrations</source>
        <translation>%1 Stellen in den Migrationen</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <source>Equivalents: %1</source>
        <translation>Entsprechungen: %1</translation>
    </message>
    <message>
        <source>Off by default: turn it on in the review file.</source>
        <translation>Standardmäßig aus: in der Review-Datei einschalten.</translation>
    </message>
    <message>
        <source>decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>Resolved decisions (%1): their findings no longer appear</source>
        <translation>Erledigte Entscheidungen (%1): ihre Befunde treten nicht mehr auf</translation>
    </message>
    <message>
        <source> (%1 below the minimum confidence left out)</source>
        <translation> (%1 unter der Mindestsicherheit weggelassen)</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <source>Reference to a table or column that does not exist</source>
        <translation>Verweis auf eine Tabelle oder Spalte, die es nicht gibt</translation>
    </message>
    <message>
        <source>A foreign key, index or constraint names something the schema does not have (SQLite accepts such keys and fails later writes with &quot;foreign key mismatch&quot;); the reference protects nothing.</source>
        <translation>Ein Fremdschlüssel, Index oder Constraint nennt etwas, das im Schema fehlt (SQLite akzeptiert solche Schlüssel und lässt spätere Schreibzugriffe mit &quot;foreign key mismatch&quot; scheitern); der Verweis schützt nichts.</translation>
    </message>
    <message>
        <source>Point it at an existing key, or drop it.</source>
        <translation>Auf einen existierenden Schlüssel zeigen lassen oder entfernen.</translation>
    </message>
    <message>
        <source>Table without a primary key</source>
        <translation>Tabelle ohne Primärschlüssel</translation>
    </message>
    <message>
        <source>Without a primary key rows cannot be addressed reliably: duplicates creep in, ORMs and logical replication (UPDATE/DELETE) need one, and no foreign key can point at the table.</source>
        <translation>Ohne Primärschlüssel lassen sich Zeilen nicht zuverlässig adressieren: Duplikate schleichen sich ein, ORMs und logische Replikation (UPDATE/DELETE) brauchen einen, und kein Fremdschlüssel kann auf die Tabelle zeigen.</translation>
    </message>
    <message>
        <source>ALTER TABLE t ADD PRIMARY KEY (id);</source>
        <translation>ALTER TABLE t ADD PRIMARY KEY (id);</translation>
    </message>
    <message>
        <source>Per-parent number without a unique constraint</source>
        <translation>Laufende Nummer je Elternzeile ohne Unique-Constraint</translation>
    </message>
    <message>
        <source>A version, sequence or position number only means something if it is unique per parent; without a constraint two concurrent writers take the same number and nothing notices.</source>
        <translation>Eine Versions-, Folge- oder Positionsnummer ist nur dann aussagekräftig, wenn sie je Elternzeile eindeutig ist; ohne Constraint vergeben zwei gleichzeitige Schreiber dieselbe Nummer, und niemand merkt es.</translation>
    </message>
    <message>
        <source>ALTER TABLE t ADD UNIQUE (parent_id, version);</source>
        <translation>ALTER TABLE t ADD UNIQUE (parent_id, version);</translation>
    </message>
    <message>
        <source>Reference without a foreign key</source>
        <translation>Verweis ohne Fremdschlüssel</translation>
    </message>
    <message>
        <source>ALTER TABLE t ADD CONSTRAINT t_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE t VALIDATE CONSTRAINT t_user_id_fkey;</source>
        <translation>ALTER TABLE t ADD CONSTRAINT t_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
ALTER TABLE t VALIDATE CONSTRAINT t_user_id_fkey;</translation>
    </message>
    <message>
        <source>Polymorphic reference no constraint can protect</source>
        <translation>Polymorpher Verweis, den kein Constraint schützen kann</translation>
    </message>
    <message>
        <source>Use one nullable FK column per target table with CHECK (num_nonnulls(a_id, b_id) = 1), or a shared parent table.</source>
        <translation>Eine nullbare FK-Spalte je Zieltabelle mit CHECK (num_nonnulls(a_id, b_id) = 1) verwenden oder eine gemeinsame Elterntabelle.</translation>
    </message>
    <message>
        <source>Foreign key to a unique key that is not the primary key</source>
        <translation>Fremdschlüssel auf einen eindeutigen Schlüssel, der nicht der Primärschlüssel ist</translation>
    </message>
    <message>
        <source>Referencing a natural key ties children to a value that may change (updates then need ON UPDATE CASCADE) and is usually wider than the primary key.</source>
        <translation>Ein Verweis auf einen natürlichen Schlüssel bindet Kindzeilen an einen Wert, der sich ändern kann (Änderungen brauchen dann ON UPDATE CASCADE), und ist meist breiter als der Primärschlüssel.</translation>
    </message>
    <message>
        <source>Reference the parent&apos;s primary key instead.</source>
        <translation>Stattdessen auf den Primärschlüssel der Elterntabelle verweisen.</translation>
    </message>
    <message>
        <source>Foreign key column type differs from the referenced column</source>
        <translation>Typ der Fremdschlüsselspalte weicht von der referenzierten Spalte ab</translation>
    </message>
    <message>
        <source>An integer column referencing a bigint key breaks once the parent passes 2^31; other mismatches force casts in every join and can keep indexes from being used.</source>
        <translation>Eine integer-Spalte, die auf einen bigint-Schlüssel verweist, scheitert, sobald die Elterntabelle 2^31 überschreitet; andere Abweichungen erzwingen Casts in jedem Join und können die Nutzung von Indexen verhindern.</translation>
    </message>
    <message>
        <source>ALTER TABLE t ALTER COLUMN parent_id TYPE bigint;</source>
        <translation>ALTER TABLE t ALTER COLUMN parent_id TYPE bigint;</translation>
    </message>
    <message>
        <source>Foreign key without an index</source>
        <translation>Fremdschlüssel ohne Index</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY t_parent_id_idx ON t (parent_id);</source>
        <translation>CREATE INDEX CONCURRENTLY t_parent_id_idx ON t (parent_id);</translation>
    </message>
    <message>
        <source>Foreign keys of the same role with different ON DELETE</source>
        <translation>Fremdschlüssel gleicher Rolle mit unterschiedlichem ON DELETE</translation>
    </message>
    <message>
        <source>Give it the policy its siblings have, or document why not.</source>
        <translation>Ihm die Regel seiner Geschwister geben oder dokumentieren, warum nicht.</translation>
    </message>
    <message>
        <source>Foreign key without ON DELETE where its siblings state one</source>
        <translation>Fremdschlüssel ohne ON DELETE, wo seine Geschwister eines angeben</translation>
    </message>
    <message>
        <source>State the ON DELETE action explicitly.</source>
        <translation>Die ON-DELETE-Aktion ausdrücklich angeben.</translation>
    </message>
    <message>
        <source>ON DELETE SET NULL on a NOT NULL column</source>
        <translation>ON DELETE SET NULL auf einer NOT-NULL-Spalte</translation>
    </message>
    <message>
        <source>The action sets the column to NULL, which its NOT NULL constraint rejects, so every delete of a referenced parent row fails.</source>
        <translation>Die Aktion setzt die Spalte auf NULL, was ihr NOT-NULL-Constraint ablehnt; daher scheitert jedes Löschen einer referenzierten Elternzeile.</translation>
    </message>
    <message>
        <source>ALTER TABLE t ALTER COLUMN parent_id DROP NOT NULL; (or use CASCADE or RESTRICT)</source>
        <translation>ALTER TABLE t ALTER COLUMN parent_id DROP NOT NULL; (oder CASCADE bzw. RESTRICT verwenden)</translation>
    </message>
    <message>
        <source>Cascading delete blocked by a restricting foreign key</source>
        <translation>Kaskadierendes Löschen durch einen einschränkenden Fremdschlüssel blockiert</translation>
    </message>
    <message>
        <source>Make the blocking key cascade or set null, or stop cascading above it.</source>
        <translation>Den blockierenden Schlüssel kaskadieren oder auf NULL setzen lassen, oder die Kaskade darüber beenden.</translation>
    </message>
    <message>
        <source>Foreign key cycle</source>
        <translation>Fremdschlüsselzyklus</translation>
    </message>
    <message>
        <source>ALTER TABLE t ALTER CONSTRAINT t_other_id_fkey DEFERRABLE INITIALLY DEFERRED;</source>
        <translation>ALTER TABLE t ALTER CONSTRAINT t_other_id_fkey DEFERRABLE INITIALLY DEFERRED;</translation>
    </message>
    <message>
        <source>Separate tenant and parent foreign keys</source>
        <translation>Getrennte Fremdschlüssel für Mandant und Elterntabelle</translation>
    </message>
    <message>
        <source>The row and its parent each reference the tenant, but nothing ties the two together: a row can point at another tenant&apos;s parent. A composite foreign key (tenant, parent) enforces the hierarchy.</source>
        <translation>Die Zeile und ihre Elternzeile verweisen jeweils auf den Mandanten, aber nichts verbindet beides: Eine Zeile kann auf die Elternzeile eines anderen Mandanten zeigen. Ein zusammengesetzter Fremdschlüssel (Mandant, Elternzeile) erzwingt die Hierarchie.</translation>
    </message>
    <message>
        <source>ALTER TABLE projects ADD UNIQUE (workspace_id, id);
ALTER TABLE tasks ADD FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id);</source>
        <translation>ALTER TABLE projects ADD UNIQUE (workspace_id, id);
ALTER TABLE tasks ADD FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id);</translation>
    </message>
    <message>
        <source>Self-reference without a CHECK against self-links</source>
        <translation>Selbstreferenz ohne CHECK gegen Verweise auf sich selbst</translation>
    </message>
    <message>
        <source>A row whose parent is itself makes tree walks loop forever; a CHECK costs nothing and rules the one-row cycle out.</source>
        <translation>Eine Zeile, die sich selbst als Elternzeile hat, lässt Baumdurchläufe endlos kreisen; ein CHECK kostet nichts und schließt den Zyklus aus einer Zeile aus.</translation>
    </message>
    <message>
        <source>ALTER TABLE t ADD CHECK (parent_id &lt;&gt; id);</source>
        <translation>ALTER TABLE t ADD CHECK (parent_id &lt;&gt; id);</translation>
    </message>
    <message numerus="yes">
        <source> (and in %n referencing column(s))</source>
        <translation>
            <numerusform> (und in %n referenzierenden Spalte)</numerusform>
            <numerusform> (und in %n referenzierenden Spalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 enum-like columns have a CHECK constraint.</source>
        <translation>%1 enum-artige Spalten haben ein CHECK-Constraint.</translation>
    </message>
    <message>
        <source>%1 enum-like columns use an enum type.</source>
        <translation>%1 enum-artige Spalten verwenden einen Enum-Typ.</translation>
    </message>
    <message>
        <source>%1 enum-like columns use a constrained domain.</source>
        <translation>%1 enum-artige Spalten verwenden eine eingeschränkte Domäne.</translation>
    </message>
    <message>
        <source>%1 enum-like columns reference a lookup table.</source>
        <translation>%1 enum-artige Spalten verweisen auf eine Nachschlagetabelle.</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht-leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an object of rule ids</source>
        <translation>Objekt mit Regel-IDs erwartet</translation>
    </message>
    <message>
        <source>unknown rule &apos;%1&apos; (see &apos;schemalens-cli rules&apos;)</source>
        <translation>unbekannte Regel &apos;%1&apos; (siehe &apos;schemalens-cli rules&apos;)</translation>
    </message>
    <message>
        <source>expected true/false, a severity or an object</source>
        <translation>true/false, ein Schweregrad oder ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected &quot;error&quot;, &quot;warning&quot; or &quot;info&quot;</source>
        <translation>&quot;error&quot;, &quot;warning&quot; oder &quot;info&quot; erwartet</translation>
    </message>
    <message>
        <source>expected a non-negative number</source>
        <translation>nicht-negative Zahl erwartet</translation>
    </message>
    <message>
        <source>unknown setting; rule &apos;%1&apos; takes only &quot;enabled&quot; and &quot;severity&quot;</source>
        <translation>unbekannte Einstellung; Regel &apos;%1&apos; kennt nur &quot;enabled&quot; und &quot;severity&quot;</translation>
    </message>
    <message>
        <source>unknown setting; rule &apos;%1&apos; takes &quot;enabled&quot;, &quot;severity&quot; and %2</source>
        <translation>unbekannte Einstellung; Regel &apos;%1&apos; kennt &quot;enabled&quot;, &quot;severity&quot; und %2</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; (use error, warning, info or off)</source>
        <translation>unbekannter Schweregrad &apos;%1&apos; (error, warning, info oder off verwenden)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>unknown key (use tenantColumns or enumLikeColumns)</source>
        <translation>unbekannter Schlüssel (tenantColumns oder enumLikeColumns verwenden)</translation>
    </message>
    <message>
        <source>expected an array of {&quot;fingerprint&quot;, &quot;reason&quot;} objects</source>
        <translation>Array von {&quot;fingerprint&quot;, &quot;reason&quot;}-Objekten erwartet</translation>
    </message>
    <message>
        <source>expected an object with a &quot;fingerprint&quot;</source>
        <translation>Objekt mit einem &quot;fingerprint&quot; erwartet</translation>
    </message>
    <message>
        <source>a suppression needs a reason, so the next reviewer knows why</source>
        <translation>eine Unterdrückung braucht eine Begründung (&quot;reason&quot;), damit der nächste Prüfer weiß, warum</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>a review file must hold a JSON object</source>
        <translation>eine Review-Datei muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>cannot read review file %1: %2</source>
        <translation>Review-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>review file %1 is larger than 16 MiB</source>
        <translation>Review-Datei %1 ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>%1 has %2 columns (more than %3): it may mix several concerns</source>
        <translation>%1 hat %2 Spalten (mehr als %3): sie vermischt womöglich mehrere Belange</translation>
    </message>
    <message>
        <source>Move groups of optional or rarely read columns (settings, billing, profile…) to 1:1 tables keyed by %1&apos;s primary key, or to a JSONB column when they are free-form.</source>
        <translation>Gruppen optionaler oder selten gelesener Spalten (Einstellungen, Abrechnung, Profil…) in 1:1-Tabellen mit dem Primärschlüssel von %1 auslagern, oder in eine JSONB-Spalte, wenn sie frei strukturiert sind.</translation>
    </message>
    <message>
        <source>%1 have nearly the same columns (%2 shared: %3): merge candidates</source>
        <translation>%1 haben fast dieselben Spalten (%2 gemeinsam: %3): Kandidaten zum Zusammenlegen</translation>
    </message>
    <message>
        <source>If they hold the same kind of thing, keep one table with a discriminator column (kind/type with a CHECK) and move the differing columns to 1:1 side tables; if they are meant to diverge, ignore this.</source>
        <translation>Wenn sie dieselbe Art von Daten enthalten, eine Tabelle mit Unterscheidungsspalte (kind/type mit CHECK) behalten und die abweichenden Spalten in 1:1-Nebentabellen verschieben; wenn sie sich bewusst auseinanderentwickeln sollen, ignorieren.</translation>
    </message>
    <message>
        <source>%1.%2 is nullable while %2 is NOT NULL in %3 other table(s) (%4): rows without a tenant escape tenant filters</source>
        <translation>%1.%2 ist nullbar, während %2 in %3 anderen Tabellen NOT NULL ist (%4): Zeilen ohne Mandant entgehen den Mandantenfiltern</translation>
    </message>
    <message>
        <source>SQLite cannot add NOT NULL to a column: rebuild %1 with %2 NOT NULL (after backfilling the NULL rows).</source>
        <translation>SQLite kann einer Spalte kein NOT NULL hinzufügen: %1 mit %2 NOT NULL neu aufbauen (nach dem Auffüllen der NULL-Zeilen).</translation>
    </message>
    <message>
        <source>-- backfill rows where %2 IS NULL first
ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;</source>
        <translation>-- zuerst Zeilen auffüllen, in denen %2 IS NULL ist
ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;</translation>
    </message>
    <message>
        <source> per %1</source>
        <translation> je %1</translation>
    </message>
    <message>
        <source>trigger %1 on %2 keeps a single %3 row%4 by clearing the flag on other rows; a partial unique index would enforce it</source>
        <translation>Trigger %1 auf %2 hält genau eine %3-Zeile%4, indem er das Flag in den anderen Zeilen löscht; ein partieller Unique-Index würde das erzwingen</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX %1 ON %2 (%3) WHERE %4;
-- keep the trigger only to switch the flag over for the application; the index guards against concurrent writers and direct SQL.</source>
        <translation>CREATE UNIQUE INDEX %1 ON %2 (%3) WHERE %4;
-- den Trigger nur behalten, um das Flag für die Anwendung umzuschalten; der Index schützt vor gleichzeitigen Schreibern und direktem SQL.</translation>
    </message>
    <message>
        <source>Trigger maintaining what a partial unique index would enforce</source>
        <translation>Trigger pflegt, was ein partieller Unique-Index erzwingen würde</translation>
    </message>
    <message>
        <source>A trigger that clears a flag (is_default, is_primary) on the other rows races with concurrent inserts and is bypassed by disabled triggers and bulk loads; a partial unique index makes two flagged rows impossible.</source>
        <translation>Ein Trigger, der ein Flag (is_default, is_primary) in den anderen Zeilen löscht, hat eine Race Condition mit gleichzeitigen Inserts und wird von deaktivierten Triggern und Massenladevorgängen umgangen; ein partieller Unique-Index macht zwei markierte Zeilen unmöglich.</translation>
    </message>
    <message>
        <source>Add a partial unique index on the scope columns WHERE the flag is set.</source>
        <translation>Einen partiellen Unique-Index auf die Bereichsspalten anlegen, WHERE das Flag gesetzt ist.</translation>
    </message>
    <message>
        <source>Table with many columns</source>
        <translation>Tabelle mit sehr vielen Spalten</translation>
    </message>
    <message>
        <source>A very wide table often mixes several concerns, is mostly NULL, and makes every row and every update bigger.</source>
        <translation>Eine sehr breite Tabelle vermischt oft mehrere Belange, ist größtenteils NULL und macht jede Zeile und jedes Update größer.</translation>
    </message>
    <message>
        <source>Split optional column groups into 1:1 side tables.</source>
        <translation>Optionale Spaltengruppen in 1:1-Nebentabellen aufteilen.</translation>
    </message>
    <message>
        <source>Tables with nearly the same columns</source>
        <translation>Tabellen mit fast denselben Spalten</translation>
    </message>
    <message>
        <source>Tables that share most of their columns often hold one kind of thing split by a category; every query, index and fix then has to be written twice. Archive and history tables and numbered copies are left out: they are copies on purpose.</source>
        <translation>Tabellen, die die meisten Spalten gemeinsam haben, enthalten oft eine Art von Daten, aufgeteilt nach einer Kategorie; jede Abfrage, jeder Index und jede Korrektur muss dann doppelt geschrieben werden. Archiv- und Historientabellen sowie nummerierte Kopien werden ausgelassen: sie sind absichtlich Kopien.</translation>
    </message>
    <message>
        <source>Merge them into one table with a discriminator column, or ignore if they are meant to diverge.</source>
        <translation>Zu einer Tabelle mit Unterscheidungsspalte zusammenlegen, oder ignorieren, wenn sie sich bewusst auseinanderentwickeln sollen.</translation>
    </message>
    <message>
        <source>Tenant column nullable in some tables</source>
        <translation>Mandantenspalte in manchen Tabellen nullbar</translation>
    </message>
    <message>
        <source>Backfill and SET NOT NULL, or document the global rows with a CHECK/partial index that mentions IS NULL.</source>
        <translation>Auffüllen und SET NOT NULL setzen, oder die globalen Zeilen mit einem CHECK bzw. partiellen Index dokumentieren, der IS NULL erwähnt.</translation>
    </message>
    <message>
        <source>the primary key %1</source>
        <translation>der Primärschlüssel %1</translation>
    </message>
    <message>
        <source>unique constraint %1</source>
        <translation>Unique-Constraint %1</translation>
    </message>
    <message>
        <source>exclusion constraint %1</source>
        <translation>Exclusion-Constraint %1</translation>
    </message>
    <message>
        <source>constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>unique index %1</source>
        <translation>Unique-Index %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>%1 on %2 (%3) duplicates %4: same definition under another name</source>
        <translation>%1 auf %2 (%3) dupliziert %4: gleiche Definition unter anderem Namen</translation>
    </message>
    <message>
        <source>-- keep %1
</source>
        <translation>-- %1 behalten
</translation>
    </message>
    <message>
        <source>%1 on %2 (%3) is redundant with %4, which has the same key</source>
        <translation>%1 auf %2 (%3) ist überflüssig neben %4, das denselben Schlüssel hat</translation>
    </message>
    <message>
        <source>%1 on %2 (%3) is redundant: its columns lead %4 (%5)</source>
        <translation>%1 auf %2 (%3) ist überflüssig: seine Spalten bilden den Anfang von %4 (%5)</translation>
    </message>
    <message>
        <source>
-- if an FK depends on this index (%1 references these columns), the DROP fails: recreate that FK first</source>
        <translation>
-- hängt ein FK von diesem Index ab (%1 referenziert diese Spalten), scheitert das DROP: diesen FK zuerst neu anlegen</translation>
    </message>
    <message>
        <source>%1 has separate indexes on %2 (%3) and %4 (%5) but none on both; queries for live rows of one %2 would use a partial index</source>
        <translation>%1 hat getrennte Indexe auf %2 (%3) und %4 (%5), aber keinen auf beiden; Abfragen nach lebenden Zeilen eines %2 würden einen partiellen Index nutzen</translation>
    </message>
    <message>
        <source>%1 has separate indexes on %2 (%3) and %4 (%5) but none on both; queries filtering by %2 and %4 would use a composite index</source>
        <translation>%1 hat getrennte Indexe auf %2 (%3) und %4 (%5), aber keinen auf beiden; Abfragen, die nach %2 und %4 filtern, würden einen zusammengesetzten Index nutzen</translation>
    </message>
    <message>
        <source>
-- then %1 (%2) is a prefix of it: </source>
        <translation>
-- dann ist %1 (%2) ein Präfix davon: </translation>
    </message>
    <message>
        <source>%1 has %2 non-unique indexes (threshold %3) on %4 columns; every insert maintains all of them</source>
        <translation>%1 hat %2 nicht eindeutige Indexe (Schwelle %3) auf %4 Spalten; jeder Insert pflegt sie alle</translation>
    </message>
    <message>
        <source>-- check which indexes the application&apos;s queries use (EXPLAIN QUERY PLAN) and drop the others</source>
        <translation>-- prüfen, welche Indexe die Abfragen der Anwendung nutzen (EXPLAIN QUERY PLAN), und die anderen löschen</translation>
    </message>
    <message>
        <source>-- indexes never scanned since the last stats reset:
SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relid = &apos;%1&apos;::regclass ORDER BY idx_scan;</source>
        <translation>-- seit dem letzten Zurücksetzen der Statistiken nie gescannte Indexe:
SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relid = &apos;%1&apos;::regclass ORDER BY idx_scan;</translation>
    </message>
    <message>
        <source>%1.%2 is jsonb with no GIN or expression index; containment and key queries on it scan the whole table</source>
        <translation>%1.%2 ist jsonb ohne GIN- oder Ausdrucksindex; Containment- und Schlüsselabfragen darauf durchsuchen die ganze Tabelle</translation>
    </message>
    <message>
        <source>%1.%2 is jsonb with no GIN or expression index, while %3.%2 has one; queries on it scan the whole table</source>
        <translation>%1.%2 ist jsonb ohne GIN- oder Ausdrucksindex, während %3.%2 einen hat; Abfragen darauf durchsuchen die ganze Tabelle</translation>
    </message>
    <message>
        <source>
-- jsonb_path_ops serves @&gt; and is smaller; the default jsonb_ops also serves ?, ?| and ?&amp;</source>
        <translation>
-- jsonb_path_ops bedient @&gt; und ist kleiner; das Standard-jsonb_ops bedient auch ?, ?| und ?&amp;</translation>
    </message>
    <message>
        <source>%1 on %2.%3 is IVFFlat: its lists are fixed when it is built, so recall drops as rows are added; HNSW needs no such tuning</source>
        <translation>%1 auf %2.%3 ist IVFFlat: seine Listen werden beim Aufbau festgelegt, daher sinkt der Recall, wenn Zeilen hinzukommen; HNSW braucht keine solche Abstimmung</translation>
    </message>
    <message>
        <source>%1.%2 (%3) has no HNSW or IVFFlat index; every similarity search compares the query with every row</source>
        <translation>%1.%2 (%3) hat keinen HNSW- oder IVFFlat-Index; jede Ähnlichkeitssuche vergleicht die Anfrage mit jeder Zeile</translation>
    </message>
    <message>
        <source>-- HNSW needs a fixed dimension: declare %1 as %2(n) first, e.g.
ALTER TABLE %3 ALTER COLUMN %1 TYPE %2(1536);
</source>
        <translation>-- HNSW braucht eine feste Dimension: %1 zuerst als %2(n) deklarieren, z. B.
ALTER TABLE %3 ALTER COLUMN %1 TYPE %2(1536);
</translation>
    </message>
    <message>
        <source>-- vector is indexable up to 2000 dimensions: index it as halfvec (queries must cast the same way)
</source>
        <translation>-- vector ist bis 2000 Dimensionen indizierbar: als halfvec indizieren (Abfragen müssen genauso casten)
</translation>
    </message>
    <message>
        <source>-- over 4000 dimensions: index a binary quantization, e.g. USING hnsw ((binary_quantize(%1)::bit(%2)) bit_hamming_ops), and re-rank exactly</source>
        <translation>-- über 4000 Dimensionen: eine binäre Quantisierung indizieren, z. B. USING hnsw ((binary_quantize(%1)::bit(%2)) bit_hamming_ops), und exakt nachsortieren</translation>
    </message>
    <message>
        <source>
-- use the operator class of the distance your queries use: _cosine_ops (&lt;=&gt;), _l2_ops (&lt;-&gt;), _ip_ops (&lt;#&gt;)</source>
        <translation>
-- die Operatorklasse der Distanz verwenden, die Ihre Abfragen nutzen: _cosine_ops (&lt;=&gt;), _l2_ops (&lt;-&gt;), _ip_ops (&lt;#&gt;)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>since the statistics were reset %1 ago</source>
        <translation>seit dem Zurücksetzen der Statistiken vor %1</translation>
    </message>
    <message>
        <source>since the server started %1 ago</source>
        <translation>seit dem Serverstart vor %1</translation>
    </message>
    <message>
        <source>since the statistics began</source>
        <translation>seit Beginn der Statistiken</translation>
    </message>
    <message>
        <source>Index %1 on %2 has never been scanned %3</source>
        <translation>Index %1 auf %2 wurde %3 nie gescannt</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>%1 rows of %2 have a %3 that matches no %4.%5</source>
        <translation>%1 Zeilen von %2 haben einen Wert in %3, der zu keinem %4.%5 passt</translation>
    </message>
    <message>
        <source>Index never scanned</source>
        <translation>Index nie gescannt</translation>
    </message>
    <message>
        <source>pg_stat_user_indexes counts no scan of this index since the statistics began; it costs every write and its disk space without serving a query. Check replicas and rare jobs first.</source>
        <translation>pg_stat_user_indexes zählt seit Beginn der Statistiken keinen Scan dieses Index; er kostet jeden Schreibvorgang und seinen Plattenplatz, ohne eine Abfrage zu bedienen. Zuerst Replikate und seltene Jobs prüfen.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY &lt;index&gt;;</source>
        <translation>DROP INDEX CONCURRENTLY &lt;index&gt;;</translation>
    </message>
    <message>
        <source>Rows whose reference points at no parent row</source>
        <translation>Zeilen, deren Verweis auf keine Elternzeile zeigt</translation>
    </message>
    <message>
        <source>Without a foreign key nothing stops a soft reference from pointing at a deleted or never-existing row; these rows do. Counted with a bounded read-only query (--data-checks).</source>
        <translation>Ohne Fremdschlüssel hindert nichts eine Soft-Referenz daran, auf eine gelöschte oder nie vorhandene Zeile zu zeigen; diese Zeilen tun es. Gezählt mit einer begrenzten, nur lesenden Abfrage (--data-checks).</translation>
    </message>
    <message>
        <source>Delete or re-link the orphan rows, then add the foreign key (NOT VALID, then VALIDATE CONSTRAINT).</source>
        <translation>Die verwaisten Zeilen löschen oder neu verknüpfen, dann den Fremdschlüssel hinzufügen (NOT VALID, dann VALIDATE CONSTRAINT).</translation>
    </message>
    <message>
        <source>%1 drops and re-creates %2 on %3 (lines %4 and %5): until the new one is built, nothing keeps %3 unique and the build locks writes</source>
        <translation>%1 löscht %2 auf %3 und legt ihn neu an (Zeilen %4 und %5): bis der neue aufgebaut ist, hält nichts %3 eindeutig, und der Aufbau sperrt Schreibzugriffe</translation>
    </message>
    <message>
        <source>%1 drops and re-creates %2 on %3 (lines %4 and %5): queries lose the index and writes are locked while it is rebuilt</source>
        <translation>%1 löscht %2 auf %3 und legt ihn neu an (Zeilen %4 und %5): Abfragen verlieren den Index, und Schreibzugriffe sind während des Neuaufbaus gesperrt</translation>
    </message>
    <message>
        <source>Build the replacement first, then swap:
%1
DROP INDEX CONCURRENTLY %2;
ALTER INDEX %3 RENAME TO %4;</source>
        <translation>Zuerst den Ersatz aufbauen, dann tauschen:
%1
DROP INDEX CONCURRENTLY %2;
ALTER INDEX %3 RENAME TO %4;</translation>
    </message>
    <message>
        <source>Build the new unique index CONCURRENTLY under another name, then swap in one statement: ALTER TABLE %1 DROP CONSTRAINT %2, ADD CONSTRAINT %2 %3 USING INDEX &lt;new index&gt;;</source>
        <translation>Den neuen Unique-Index CONCURRENTLY unter einem anderen Namen aufbauen, dann in einer Anweisung tauschen: ALTER TABLE %1 DROP CONSTRAINT %2, ADD CONSTRAINT %2 %3 USING INDEX &lt;neuer Index&gt;;</translation>
    </message>
    <message>
        <source>%1 creates index %2 on existing table %3 without CONCURRENTLY: writes to %3 wait until the index is built</source>
        <translation>%1 legt Index %2 auf der bestehenden Tabelle %3 ohne CONCURRENTLY an: Schreibzugriffe auf %3 warten, bis der Index aufgebaut ist</translation>
    </message>
    <message>
        <source>%1 creates %2 tables in one migration (more than %3): hard to review and to roll back</source>
        <translation>%1 legt %2 Tabellen in einer Migration an (mehr als %3): schwer zu prüfen und zurückzurollen</translation>
    </message>
    <message>
        <source>Split it into migrations of one feature each (tables that reference each other together).</source>
        <translation>In Migrationen mit je einem Feature aufteilen (Tabellen, die einander referenzieren, zusammen).</translation>
    </message>
    <message>
        <source>the history has %1 migrations (more than %2): every new environment and test database replays them all</source>
        <translation>die Historie hat %1 Migrationen (mehr als %2): jede neue Umgebung und Testdatenbank spielt sie alle nach</translation>
    </message>
    <message>
        <source>Squash the migrations every environment has applied (up to a released version) into one baseline schema file and keep only the newer ones.</source>
        <translation>Die Migrationen, die jede Umgebung angewendet hat (bis zu einer veröffentlichten Version), zu einer Baseline-Schemadatei zusammenfassen und nur die neueren behalten.</translation>
    </message>
    <message>
        <source>NOT NULL column added without a default</source>
        <translation>NOT-NULL-Spalte ohne Standardwert hinzugefügt</translation>
    </message>
    <message>
        <source>ALTER TABLE … ADD COLUMN … NOT NULL with no DEFAULT fails on a table that has rows: the migration passes on an empty development database and stops in production.</source>
        <translation>ALTER TABLE … ADD COLUMN … NOT NULL ohne DEFAULT scheitert auf einer Tabelle mit Zeilen: die Migration läuft auf einer leeren Entwicklungsdatenbank durch und bricht in Produktion ab.</translation>
    </message>
    <message>
        <source>Give the column a DEFAULT, or add it nullable, backfill, and SET NOT NULL afterwards.</source>
        <translation>Der Spalte einen DEFAULT geben, oder sie nullbar hinzufügen, auffüllen und danach SET NOT NULL setzen.</translation>
    </message>
    <message>
        <source>Column type changed by a migration</source>
        <translation>Spaltentyp durch eine Migration geändert</translation>
    </message>
    <message>
        <source>Changing a column&apos;s type rewrites the table under an exclusive lock and changes what stored values mean (an embedding&apos;s dimension, a number&apos;s precision); readers may still expect the old type. Catalog-only widenings (longer varchar, varchar to text) are left out.</source>
        <translation>Eine Typänderung schreibt die Tabelle unter einer exklusiven Sperre neu und ändert die Bedeutung gespeicherter Werte (die Dimension eines Embeddings, die Genauigkeit einer Zahl); Leser erwarten womöglich noch den alten Typ. Reine Katalogerweiterungen (längeres varchar, varchar zu text) werden ausgelassen.</translation>
    </message>
    <message>
        <source>Check the readers and the stored data; on big tables add a new column, backfill and swap.</source>
        <translation>Leser und gespeicherte Daten prüfen; bei großen Tabellen eine neue Spalte anlegen, auffüllen und tauschen.</translation>
    </message>
    <message>
        <source>Index dropped and re-created</source>
        <translation>Index gelöscht und neu angelegt</translation>
    </message>
    <message>
        <source>Dropping an index and creating it again leaves a window with no index (no uniqueness for a unique one) and locks writes during the build; building the new one first and swapping avoids both. SQLite runs the pair inside the migration&apos;s transaction with a single writer, so it is PostgreSQL only.</source>
        <translation>Einen Index zu löschen und neu anzulegen lässt ein Zeitfenster ohne Index (bei einem Unique-Index ohne Eindeutigkeit) und sperrt Schreibzugriffe während des Aufbaus; zuerst den neuen aufzubauen und dann zu tauschen vermeidet beides. SQLite führt das Paar in der Transaktion der Migration mit einem einzigen Schreiber aus, daher gilt dies nur für PostgreSQL.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY the new definition under a temporary name, drop the old one, rename.</source>
        <translation>CREATE INDEX CONCURRENTLY mit der neuen Definition unter einem temporären Namen, den alten löschen, umbenennen.</translation>
    </message>
    <message>
        <source>Index created without CONCURRENTLY on an existing table</source>
        <translation>Index ohne CONCURRENTLY auf bestehender Tabelle angelegt</translation>
    </message>
    <message>
        <source>CREATE INDEX without CONCURRENTLY blocks inserts, updates and deletes on the table until the index is built: minutes on a big table. Tables created in the same migration are empty and left out.</source>
        <translation>CREATE INDEX ohne CONCURRENTLY blockiert Inserts, Updates und Deletes auf der Tabelle, bis der Index aufgebaut ist: bei einer großen Tabelle Minuten. Tabellen, die in derselben Migration angelegt werden, sind leer und werden ausgelassen.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY, outside a transaction.</source>
        <translation>CREATE INDEX CONCURRENTLY, außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <source>One migration creating many tables</source>
        <translation>Eine Migration legt viele Tabellen an</translation>
    </message>
    <message>
        <source>Split it by feature.</source>
        <translation>Nach Features aufteilen.</translation>
    </message>
    <message>
        <source>Many migrations: time to squash</source>
        <translation>Viele Migrationen: Zeit zum Zusammenfassen</translation>
    </message>
    <message>
        <source>Every fresh environment, CI run and test database replays the whole history; long histories are slow to apply and keep dead tables and columns alive in review.</source>
        <translation>Jede frische Umgebung, jeder CI-Lauf und jede Testdatenbank spielt die ganze Historie nach; lange Historien sind langsam anzuwenden und halten tote Tabellen und Spalten in der Prüfung am Leben.</translation>
    </message>
    <message>
        <source>Squash applied migrations into a baseline.</source>
        <translation>Angewendete Migrationen zu einer Baseline zusammenfassen.</translation>
    </message>
    <message>
        <source>%1 is ON %2 SET NULL but %3 is NOT NULL: the %2 on %4 fails</source>
        <translation>%1 ist ON %2 SET NULL, aber %3 ist NOT NULL: das %2 auf %4 scheitert</translation>
    </message>
    <message>
        <source>%1 is ON %2 SET DEFAULT but %3 is NOT NULL without a default: the %2 on %4 fails</source>
        <translation>%1 ist ON %2 SET DEFAULT, aber %3 ist NOT NULL ohne Standardwert: das %2 auf %4 scheitert</translation>
    </message>
    <message>
        <source>-- Rebuild %1 with %2 nullable, or choose CASCADE or RESTRICT.</source>
        <translation>-- %1 mit nullbarem %2 neu aufbauen, oder CASCADE bzw. RESTRICT wählen.</translation>
    </message>
    <message>
        <source>%1 (ON DELETE %2) blocks the cascade %3 → %4: deleting from %3 fails wherever the %4 rows it cascades to are referenced from %5</source>
        <translation>%1 (ON DELETE %2) blockiert die Kaskade %3 → %4: Löschen aus %3 scheitert überall, wo die %4-Zeilen, auf die es kaskadiert, von %5 referenziert werden</translation>
    </message>
    <message>
        <source>Foreign keys form a cycle: %1</source>
        <translation>Fremdschlüssel bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>Foreign keys form a cycle of NOT NULL, non-deferrable links (%1): no row can be inserted first</source>
        <translation>Fremdschlüssel bilden einen Zyklus aus NOT-NULL-, nicht aufschiebbaren Verknüpfungen (%1): keine Zeile kann als erste eingefügt werden</translation>
    </message>
    <message>
        <source> (%1 tables are in the cycle group)</source>
        <translation> (%1 Tabellen gehören zur Zyklusgruppe)</translation>
    </message>
    <message>
        <source>-- Declare one link DEFERRABLE INITIALLY DEFERRED (rebuild %1), or make it nullable and fill it in after both rows exist.</source>
        <translation>-- Eine Verknüpfung DEFERRABLE INITIALLY DEFERRED deklarieren (%1 neu aufbauen), oder sie nullbar machen und füllen, wenn beide Zeilen existieren.</translation>
    </message>
    <message>
        <source>Point the foreign key at an existing key, or drop it.</source>
        <translation>Den Fremdschlüssel auf einen existierenden Schlüssel zeigen lassen oder entfernen.</translation>
    </message>
    <message>
        <source>Foreign key %1 names column %2, which %3 does not have</source>
        <translation>Fremdschlüssel %1 nennt Spalte %2, die %3 nicht hat</translation>
    </message>
    <message>
        <source>Foreign key %1 references table %2, which does not exist</source>
        <translation>Fremdschlüssel %1 verweist auf Tabelle %2, die nicht existiert</translation>
    </message>
    <message>
        <source>Foreign key %1 references the primary key of %2, which has none</source>
        <translation>Fremdschlüssel %1 verweist auf den Primärschlüssel von %2, die keinen hat</translation>
    </message>
    <message>
        <source>Foreign key %1 references column %2.%3, which does not exist</source>
        <translation>Fremdschlüssel %1 verweist auf Spalte %2.%3, die nicht existiert</translation>
    </message>
    <message>
        <source>Foreign key %1 references %2, which is not a primary key or unique: every write that checks it fails with &quot;foreign key mismatch&quot;</source>
        <translation>Fremdschlüssel %1 verweist auf %2, das weder Primärschlüssel noch unique ist: jeder Schreibvorgang, der ihn prüft, scheitert mit &quot;foreign key mismatch&quot;</translation>
    </message>
    <message>
        <source>%1 names column %2, which %3 does not have</source>
        <translation>%1 nennt Spalte %2, die %3 nicht hat</translation>
    </message>
    <message>
        <source>Drop or correct the object; the column is gone.</source>
        <translation>Das Objekt löschen oder korrigieren; die Spalte gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Unique constraint %1</source>
        <translation>Unique-Constraint %1</translation>
    </message>
    <message>
        <source>Check constraint %1</source>
        <translation>Check-Constraint %1</translation>
    </message>
    <message>
        <source>Index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>Foreign key %1 references %2, a unique key that is not the primary key %3</source>
        <translation>Fremdschlüssel %1 verweist auf %2, einen eindeutigen Schlüssel, der nicht der Primärschlüssel %3 ist</translation>
    </message>
    <message>
        <source>Reference the primary key of %1 unless the natural key is meant to be the stable identity (it then must never change, or needs ON UPDATE CASCADE).</source>
        <translation>Auf den Primärschlüssel von %1 verweisen, es sei denn, der natürliche Schlüssel soll die stabile Identität sein (er darf sich dann nie ändern oder braucht ON UPDATE CASCADE).</translation>
    </message>
    <message>
        <source>%1.%2 (%3, %4 affinity) references %5.%6 (%7, %8 affinity)</source>
        <translation>%1.%2 (%3, Affinität %4) verweist auf %5.%6 (%7, Affinität %8)</translation>
    </message>
    <message>
        <source>-- SQLite cannot change a column type; rebuild %1 declaring %2 as %3.</source>
        <translation>-- SQLite kann keinen Spaltentyp ändern; %1 neu aufbauen und %2 als %3 deklarieren.</translation>
    </message>
    <message>
        <source>%1.%2 is %3 but the %4.%5 it references is %6</source>
        <translation>%1.%2 ist %3, aber das referenzierte %4.%5 ist %6</translation>
    </message>
    <message>
        <source>a reference to its own table</source>
        <translation>ein Verweis auf die eigene Tabelle</translation>
    </message>
    <message>
        <source>named after the table with a prefix</source>
        <translation>nach der Tabelle benannt, mit Präfix</translation>
    </message>
    <message>
        <source>named after the table in the singular</source>
        <translation>nach der Tabelle im Singular benannt</translation>
    </message>
    <message>
        <source>named after the table</source>
        <translation>nach der Tabelle benannt</translation>
    </message>
    <message>
        <source>%1.%2 looks like a reference to %3.%4 (%5) but has no foreign key</source>
        <translation>%1.%2 sieht wie ein Verweis auf %3.%4 aus (%5), hat aber keinen Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1.%2 + %3 is a polymorphic reference: no constraint can check that the row it names exists</source>
        <translation>%1.%2 + %3 ist ein polymorpher Verweis: kein Constraint kann prüfen, dass die genannte Zeile existiert</translation>
    </message>
    <message>
        <source>Use one nullable foreign key column per target table with CHECK (num_nonnulls(a_id, b_id) = 1), or make the targets share one parent table the reference can point at.</source>
        <translation>Eine nullbare Fremdschlüsselspalte je Zieltabelle mit CHECK (num_nonnulls(a_id, b_id) = 1) verwenden, oder den Zielen eine gemeinsame Elterntabelle geben, auf die der Verweis zeigen kann.</translation>
    </message>
    <message>
        <source>Foreign key %1 → %2 has no index on (%3): every delete or key update in %2 scans %4</source>
        <translation>Fremdschlüssel %1 → %2 hat keinen Index auf (%3): jedes Löschen oder jede Schlüsseländerung in %2 durchsucht %4</translation>
    </message>
    <message>
        <source>%1.%2 → %3 and %1.%4 → %5 are separate foreign keys: nothing ensures the %3 row belongs to the same %4</source>
        <translation>%1.%2 → %3 und %1.%4 → %5 sind getrennte Fremdschlüssel: nichts stellt sicher, dass die %3-Zeile zum selben %4 gehört</translation>
    </message>
    <message>
        <source>%1.%2 references its own table and nothing stops a row from naming itself (%2 = %3)</source>
        <translation>%1.%2 verweist auf die eigene Tabelle, und nichts hindert eine Zeile daran, sich selbst zu nennen (%2 = %3)</translation>
    </message>
    <message>
        <source>-- SQLite cannot add a constraint to an existing table; rebuild %1 with:</source>
        <translation>-- SQLite kann einer bestehenden Tabelle kein Constraint hinzufügen; %1 neu aufbauen mit:</translation>
    </message>
    <message>
        <source>-- SQLite cannot add a primary key; rebuild %1 with:</source>
        <translation>-- SQLite kann keinen Primärschlüssel hinzufügen; %1 neu aufbauen mit:</translation>
    </message>
    <message>
        <source>Table %1 has no primary key, though (%2) is unique and NOT NULL</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel, obwohl (%2) eindeutig und NOT NULL ist</translation>
    </message>
    <message>
        <source>Table %1 has no primary key: rows have only the implicit rowid, which VACUUM may renumber</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: Zeilen haben nur die implizite rowid, die VACUUM neu nummerieren kann</translation>
    </message>
    <message>
        <source>Table %1 has no primary key</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel</translation>
    </message>
    <message>
        <source>%1.%2 numbers rows per %3 but nothing makes (%3, %2) unique</source>
        <translation>%1.%2 nummeriert Zeilen je %3, aber nichts macht (%3, %2) eindeutig</translation>
    </message>
    <message>
        <source>-- SQLite cannot alter a constraint; rebuild %1 with:</source>
        <translation>-- SQLite kann kein Constraint ändern; %1 neu aufbauen mit:</translation>
    </message>
    <message>
        <source>%1.%2 is named like a %3 and stored as %4 with nothing saying it is hashed or encrypted: if it holds the value itself, anyone who can read the table (or a backup) can use it</source>
        <translation>%1.%2 heißt wie ein(e) %3 und ist als %4 gespeichert, ohne Hinweis auf Hashing oder Verschlüsselung: enthält die Spalte den Wert selbst, kann ihn jeder nutzen, der die Tabelle (oder ein Backup) lesen kann</translation>
    </message>
    <message>
        <source>Store only a slow salted hash (argon2id, bcrypt) computed by the application; after re-hashing or resetting existing values:
ALTER TABLE %1 RENAME COLUMN %2 TO %3;</source>
        <translation>Nur einen langsamen, gesalzenen Hash (argon2id, bcrypt) speichern, den die Anwendung berechnet; nach dem Neu-Hashen oder Zurücksetzen der vorhandenen Werte:
ALTER TABLE %1 RENAME COLUMN %2 TO %3;</translation>
    </message>
    <message>
        <source>If the application only compares the value, store a hash of it (SHA-256 of a random token is enough):
ALTER TABLE %1 RENAME COLUMN %2 TO %3;
If it must read the value back (a provider&apos;s token, a key it uses), encrypt it with a key kept outside the database.</source>
        <translation>Wenn die Anwendung den Wert nur vergleicht, einen Hash davon speichern (SHA-256 eines zufälligen Tokens genügt):
ALTER TABLE %1 RENAME COLUMN %2 TO %3;
Wenn sie den Wert zurücklesen muss (ein Token eines Anbieters, ein verwendeter Schlüssel), ihn mit einem Schlüssel verschlüsseln, der außerhalb der Datenbank liegt.</translation>
    </message>
    <message>
        <source>%1.%2 has %3 but no row-level security, while %4 other table(s) of schema %1 with %3 have it (%5)</source>
        <translation>%1.%2 hat %3, aber keine Row-Level-Security, während %4 andere Tabellen von Schema %1 mit %3 sie haben (%5)</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY %2 ON %1 USING (%3);</source>
        <translation>ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY %2 ON %1 USING (%3);</translation>
    </message>
    <message>
        <source>%1 has row-level security enabled and forced but no policy: every role, the owner included, sees and changes no row</source>
        <translation>%1 hat Row-Level-Security aktiviert und erzwungen, aber keine Policy: jede Rolle, auch der Eigentümer, sieht und ändert keine Zeile</translation>
    </message>
    <message>
        <source>%1 has row-level security enabled but no policy: every role but the owner and BYPASSRLS roles is denied all rows (deny-all; intended when only a service role uses the table)</source>
        <translation>%1 hat Row-Level-Security aktiviert, aber keine Policy: jeder Rolle außer dem Eigentümer und BYPASSRLS-Rollen werden alle Zeilen verweigert (deny-all; so gewollt, wenn nur eine Service-Rolle die Tabelle nutzt)</translation>
    </message>
    <message>
        <source>If other roles should reach the table, add a policy, e.g.
CREATE POLICY %1 ON %2 FOR SELECT USING (/* condition */ true);
If deny-all is intended, say so: COMMENT ON TABLE %2 IS &apos;RLS deny-all: service role only&apos;;</source>
        <translation>Sollen andere Rollen die Tabelle erreichen, eine Policy hinzufügen, z. B.
CREATE POLICY %1 ON %2 FOR SELECT USING (/* Bedingung */ true);
Ist deny-all gewollt, das festhalten: COMMENT ON TABLE %2 IS &apos;RLS deny-all: service role only&apos;;</translation>
    </message>
    <message>
        <source>Secret stored as plain text</source>
        <translation>Geheimnis im Klartext gespeichert</translation>
    </message>
    <message>
        <source>A password, token, API key or credential kept as it is gives anyone with read access to the table, a replica or a backup the means to log in or call the API as its owner.</source>
        <translation>Ein unverändert gespeichertes Passwort, Token, API-Schlüssel oder Zugangsdatum gibt jedem mit Lesezugriff auf die Tabelle, ein Replikat oder ein Backup die Möglichkeit, sich als dessen Eigentümer anzumelden oder die API aufzurufen.</translation>
    </message>
    <message>
        <source>Store a hash when the value is only compared, or encrypt it with a key kept outside the database when it must be read back.</source>
        <translation>Einen Hash speichern, wenn der Wert nur verglichen wird, oder ihn mit einem Schlüssel außerhalb der Datenbank verschlüsseln, wenn er zurückgelesen werden muss.</translation>
    </message>
    <message>
        <source>Table without row-level security next to tables with it</source>
        <translation>Tabelle ohne Row-Level-Security neben Tabellen mit</translation>
    </message>
    <message>
        <source>ENABLE ROW LEVEL SECURITY on the table and add the policy its siblings use.</source>
        <translation>ENABLE ROW LEVEL SECURITY auf der Tabelle ausführen und die Policy hinzufügen, die ihre Geschwister verwenden.</translation>
    </message>
    <message>
        <source>Row-level security without a policy</source>
        <translation>Row-Level-Security ohne Policy</translation>
    </message>
    <message>
        <source>With RLS enabled and no policy, PostgreSQL denies every row to every role except the owner and BYPASSRLS roles; often an unfinished migration, sometimes a deliberate service-only table.</source>
        <translation>Mit aktivierter RLS und ohne Policy verweigert PostgreSQL jeder Rolle jede Zeile, außer dem Eigentümer und BYPASSRLS-Rollen; oft eine unfertige Migration, manchmal eine bewusste Tabelle nur für einen Dienst.</translation>
    </message>
    <message>
        <source>Add the policies the table needs, or document that deny-all is intended.</source>
        <translation>Die Policies hinzufügen, die die Tabelle braucht, oder dokumentieren, dass deny-all gewollt ist.</translation>
    </message>
    <message>
        <source>SQLite cannot alter a column or add a constraint to an existing table: create %1_new with the corrected definition, copy the rows (INSERT INTO %1_new SELECT … FROM %1), drop %1 and rename %1_new to %1.</source>
        <translation>SQLite kann keine Spalte ändern und einer bestehenden Tabelle kein Constraint hinzufügen: %1_new mit der korrigierten Definition anlegen, die Zeilen kopieren (INSERT INTO %1_new SELECT … FROM %1), %1 löschen und %1_new in %1 umbenennen.</translation>
    </message>
    <message>
        <source>Declare the column with %1.</source>
        <translation>Die Spalte mit %1 deklarieren.</translation>
    </message>
    <message>
        <source>%1.%2 (%3) looks enum-like but no CHECK, enum type or lookup-table FK keeps it to its values</source>
        <translation>%1.%2 (%3) wirkt enum-artig, aber kein CHECK, Enum-Typ oder FK auf eine Nachschlagetabelle beschränkt sie auf ihre Werte</translation>
    </message>
    <message>
        <source>%1.%2 is %3 but the enum type %4 lists its values; use the type</source>
        <translation>%1.%2 ist %3, aber der Enum-Typ %4 listet ihre Werte; den Typ verwenden</translation>
    </message>
    <message>
        <source>Enum-like columns are kept to their values in two ways: %1 by enum types (%2) and %3 by CHECK lists (%4)</source>
        <translation>Enum-artige Spalten werden auf zwei Arten auf ihre Werte beschränkt: %1 durch Enum-Typen (%2) und %3 durch CHECK-Listen (%4)</translation>
    </message>
    <message>
        <source>Pick one style: convert the CHECK-listed columns to enum types (CREATE TYPE … AS ENUM, then ALTER COLUMN … TYPE … USING col::type) and drop their CHECKs.</source>
        <translation>Einen Stil wählen: die per CHECK gelisteten Spalten in Enum-Typen umwandeln (CREATE TYPE … AS ENUM, dann ALTER COLUMN … TYPE … USING col::type) und ihre CHECKs löschen.</translation>
    </message>
    <message>
        <source>Pick one style: replace the enum-typed columns by text with a CHECK listing the values (ALTER COLUMN … TYPE text, ADD CONSTRAINT … CHECK (col IN (…))), or convert the CHECKs to enum types.</source>
        <translation>Einen Stil wählen: die enum-typisierten Spalten durch text mit einem CHECK ersetzen, der die Werte auflistet (ALTER COLUMN … TYPE text, ADD CONSTRAINT … CHECK (col IN (…))), oder die CHECKs in Enum-Typen umwandeln.</translation>
    </message>
    <message>
        <source>Enum-like text column without CHECK or enum type</source>
        <translation>Enum-artige Textspalte ohne CHECK oder Enum-Typ</translation>
    </message>
    <message>
        <source>A status/type/kind/role-like column that accepts any string collects typos and retired values (&apos;canceled&apos; next to &apos;cancelled&apos;); every query filtering on it then misses rows.</source>
        <translation>Eine Status-, Typ-, Art- oder Rollenspalte, die jede Zeichenkette annimmt, sammelt Tippfehler und ausgemusterte Werte (&apos;canceled&apos; neben &apos;cancelled&apos;); jede Abfrage, die darauf filtert, verfehlt dann Zeilen.</translation>
    </message>
    <message>
        <source>Add CHECK (col IN (...)) listing the allowed values, use an enum type, or reference a lookup table.</source>
        <translation>CHECK (col IN (...)) mit den erlaubten Werten hinzufügen, einen Enum-Typ verwenden oder auf eine Nachschlagetabelle verweisen.</translation>
    </message>
    <message>
        <source>Text column that should use an existing enum type</source>
        <translation>Textspalte, die einen vorhandenen Enum-Typ verwenden sollte</translation>
    </message>
    <message>
        <source>The schema already declares the list of values as an enum type, but this column is plain text, so nothing keeps it to that list and the two drift apart.</source>
        <translation>Das Schema deklariert die Werteliste bereits als Enum-Typ, aber diese Spalte ist einfacher Text; nichts hält sie an diese Liste, und beide laufen auseinander.</translation>
    </message>
    <message>
        <source>ALTER TABLE t ALTER COLUMN c TYPE the_enum USING c::the_enum;</source>
        <translation>ALTER TABLE t ALTER COLUMN c TYPE the_enum USING c::the_enum;</translation>
    </message>
    <message>
        <source>Enum types and CHECK lists mixed for enum-like columns</source>
        <translation>Enum-Typen und CHECK-Listen für enum-artige Spalten gemischt</translation>
    </message>
    <message>
        <source>Two ways of keeping columns to a list of values means two ways of adding a value (ALTER TYPE … ADD VALUE versus replacing a CHECK), and reviewers must check both.</source>
        <translation>Zwei Arten, Spalten auf eine Werteliste zu beschränken, bedeuten zwei Arten, einen Wert hinzuzufügen (ALTER TYPE … ADD VALUE gegenüber dem Ersetzen eines CHECK), und Prüfer müssen beide kontrollieren.</translation>
    </message>
    <message>
        <source>Pick one style for the schema and convert the minority.</source>
        <translation>Einen Stil für das Schema wählen und die Minderheit umwandeln.</translation>
    </message>
    <message>
        <source>integer (unix epoch)</source>
        <translation>integer (Unix-Epoche)</translation>
    </message>
    <message>
        <source>an integer epoch</source>
        <translation>eine Integer-Epoche</translation>
    </message>
    <message>
        <source>text (ISO 8601)</source>
        <translation>text (ISO 8601)</translation>
    </message>
    <message>
        <source>real (Julian day or epoch)</source>
        <translation>real (Julianischer Tag oder Epoche)</translation>
    </message>
    <message>
        <source>%1: %2 stored as %3, where %4 of %5 timestamp columns in the schema are %6</source>
        <translation>%1: %2 als %3 gespeichert, während %4 von %5 Zeitstempelspalten im Schema %6 sind</translation>
    </message>
    <message>
        <source>Store %1 as %2 like the other tables.</source>
        <translation>%1 wie die anderen Tabellen als %2 speichern.</translation>
    </message>
    <message>
        <source>-- if the stored values are UTC</source>
        <translation>-- wenn die gespeicherten Werte UTC sind</translation>
    </message>
    <message>
        <source>-- and set it on every UPDATE (a BEFORE UPDATE trigger or the ORM)</source>
        <translation>-- und bei jedem UPDATE setzen (ein BEFORE-UPDATE-Trigger oder das ORM)</translation>
    </message>
    <message>
        <source>%1.%2 defaults to the fixed date &apos;%3&apos;, which every new row gets long after it has passed</source>
        <translation>%1.%2 hat das feste Datum &apos;%3&apos; als Standardwert, das jede neue Zeile erhält, lange nachdem es vergangen ist</translation>
    </message>
    <message>
        <source>Default to CURRENT_DATE/CURRENT_TIMESTAMP or drop the default.</source>
        <translation>CURRENT_DATE/CURRENT_TIMESTAMP als Standardwert verwenden oder den Standardwert entfernen.</translation>
    </message>
    <message>
        <source>-- or DROP DEFAULT and let the application set it</source>
        <translation>-- oder DROP DEFAULT und den Wert von der Anwendung setzen lassen</translation>
    </message>
    <message>
        <source>%1.%2 defaults to the version &apos;%3&apos;, which new rows keep getting after the next release</source>
        <translation>%1.%2 hat die Version &apos;%3&apos; als Standardwert, die neue Zeilen auch nach dem nächsten Release noch erhalten</translation>
    </message>
    <message>
        <source>Drop the default; the application writes the version it speaks.</source>
        <translation>Den Standardwert entfernen; die Anwendung schreibt die Version, die sie spricht.</translation>
    </message>
    <message>
        <source>-- the application writes the version it speaks</source>
        <translation>-- die Anwendung schreibt die Version, die sie spricht</translation>
    </message>
    <message>
        <source>Timestamps stored in different ways across tables</source>
        <translation>Zeitstempel tabellenübergreifend unterschiedlich gespeichert</translation>
    </message>
    <message>
        <source>Comparing or joining a timestamp with time zone against one without (or against an epoch number) silently applies the session time zone or needs a conversion; a schema should store points in time one way.</source>
        <translation>Ein Vergleich oder Join von timestamp with time zone mit einem ohne (oder mit einer Epochenzahl) wendet stillschweigend die Zeitzone der Sitzung an oder braucht eine Umrechnung; ein Schema sollte Zeitpunkte auf eine Art speichern.</translation>
    </message>
    <message>
        <source>Convert the minority to the schema&apos;s convention (usually timestamptz).</source>
        <translation>Die Minderheit auf die Konvention des Schemas umstellen (meist timestamptz).</translation>
    </message>
    <message>
        <source>Mutable table with created_at but no updated_at</source>
        <translation>Veränderliche Tabelle mit created_at, aber ohne updated_at</translation>
    </message>
    <message>
        <source>Rows whose status changes need to say when they last changed: for incremental sync, cache invalidation and debugging.</source>
        <translation>Zeilen, deren Status sich ändert, müssen sagen, wann sie zuletzt geändert wurden: für inkrementelle Synchronisierung, Cache-Invalidierung und Fehlersuche.</translation>
    </message>
    <message>
        <source>Add updated_at with the created_at&apos;s type and default, and set it on every update.</source>
        <translation>updated_at mit Typ und Standardwert von created_at hinzufügen und bei jedem Update setzen.</translation>
    </message>
    <message>
        <source>Default that embeds a date or version</source>
        <translation>Standardwert mit eingebettetem Datum oder eingebetteter Version</translation>
    </message>
    <message>
        <source>A default of &apos;2021-01-01&apos; or &apos;v2&apos; was right the day it was written; every row inserted since silently gets a stale value.</source>
        <translation>Ein Standardwert wie &apos;2021-01-01&apos; oder &apos;v2&apos; war an dem Tag richtig, an dem er geschrieben wurde; jede seither eingefügte Zeile erhält stillschweigend einen veralteten Wert.</translation>
    </message>
    <message>
        <source>Default to now()/CURRENT_DATE, or drop the default and let the application write the value.</source>
        <translation>now()/CURRENT_DATE als Standardwert verwenden, oder den Standardwert entfernen und die Anwendung den Wert schreiben lassen.</translation>
    </message>
    <message>
        <source>%1.%2 (%3) holds money, but SQLite stores non-integer NUMERIC values as binary floats</source>
        <translation>%1.%2 (%3) enthält Geldbeträge, aber SQLite speichert nicht ganzzahlige NUMERIC-Werte als binäre Gleitkommazahlen</translation>
    </message>
    <message>
        <source>%1.%2 holds money in a floating-point type (%3)</source>
        <translation>%1.%2 enthält Geldbeträge in einem Gleitkommatyp (%3)</translation>
    </message>
    <message>
        <source>Store the amount in minor units (cents) as INTEGER. </source>
        <translation>Den Betrag in der kleinsten Einheit (Cent) als INTEGER speichern. </translation>
    </message>
    <message>
        <source>%1.%2 is numeric without precision and scale: any number of digits, each value with the scale it was written with</source>
        <translation>%1.%2 ist numeric ohne Genauigkeit und Skala: beliebig viele Stellen, jeder Wert mit der Skala, mit der er geschrieben wurde</translation>
    </message>
    <message>
        <source>-- choose the digits and decimals the values need</source>
        <translation>-- die Stellen und Nachkommastellen wählen, die die Werte brauchen</translation>
    </message>
    <message>
        <source>%1.%2 is declared %3, but SQLite checks no type: without a json_valid() CHECK any text goes in</source>
        <translation>%1.%2 ist als %3 deklariert, aber SQLite prüft keinen Typ: ohne json_valid()-CHECK geht jeder Text hinein</translation>
    </message>
    <message>
        <source>%1.%2 holds JSON in %3 without a json_valid() CHECK</source>
        <translation>%1.%2 enthält JSON in %3 ohne json_valid()-CHECK</translation>
    </message>
    <message>
        <source>Declare the column with CHECK (json_valid(%1)).</source>
        <translation>Die Spalte mit CHECK (json_valid(%1)) deklarieren.</translation>
    </message>
    <message>
        <source>%1.%2 holds JSON in %3: nothing validates it and it cannot be indexed or queried as JSON; use jsonb</source>
        <translation>%1.%2 enthält JSON in %3: nichts validiert es, und es kann nicht als JSON indiziert oder abgefragt werden; jsonb verwenden</translation>
    </message>
    <message>
        <source>%1.%2 is a flag stored as %3; SQLite&apos;s booleans are INTEGER 0/1</source>
        <translation>%1.%2 ist ein Flag, gespeichert als %3; die Booleans von SQLite sind INTEGER 0/1</translation>
    </message>
    <message>
        <source>Declare it as %1 INTEGER NOT NULL CHECK (%1 IN (0, 1)).</source>
        <translation>Als %1 INTEGER NOT NULL CHECK (%1 IN (0, 1)) deklarieren.</translation>
    </message>
    <message>
        <source>%1.%2 is a flag stored as %3; PostgreSQL has boolean</source>
        <translation>%1.%2 ist ein Flag, gespeichert als %3; PostgreSQL hat boolean</translation>
    </message>
    <message>
        <source>%1.%2 stores UUIDs as %3; the uuid type takes 16 bytes instead of 37 and rejects malformed values</source>
        <translation>%1.%2 speichert UUIDs als %3; der Typ uuid braucht 16 statt 37 Bytes und lehnt fehlerhafte Werte ab</translation>
    </message>
    <message>
        <source>-- in one transaction, with the foreign keys dropped and re-created around it:</source>
        <translation>-- in einer Transaktion, mit gelöschten und danach neu angelegten Fremdschlüsseln:</translation>
    </message>
    <message>
        <source>Money in a floating-point column</source>
        <translation>Geldbeträge in einer Gleitkommaspalte</translation>
    </message>
    <message>
        <source>Binary floating point cannot represent most decimal fractions (0.10 is 0.1000000000000000055…): sums drift by cents and equality checks fail.</source>
        <translation>Binäre Gleitkommazahlen können die meisten Dezimalbrüche nicht darstellen (0.10 ist 0.1000000000000000055…): Summen driften um Cents ab, und Gleichheitsprüfungen scheitern.</translation>
    </message>
    <message>
        <source>Use numeric(p, s) (PostgreSQL) or integer minor units (cents).</source>
        <translation>numeric(p, s) (PostgreSQL) oder ganzzahlige kleinste Einheiten (Cent) verwenden.</translation>
    </message>
    <message>
        <source>NUMERIC without precision and scale</source>
        <translation>NUMERIC ohne Genauigkeit und Skala</translation>
    </message>
    <message>
        <source>Unconstrained numeric accepts up to 131072 digits and keeps whatever scale each value was written with, so 1.5 and 1.50 come back differently and nothing bounds the size.</source>
        <translation>Ein unbeschränktes numeric nimmt bis zu 131072 Stellen an und behält die Skala, mit der jeder Wert geschrieben wurde; 1.5 und 1.50 kommen verschieden zurück, und nichts begrenzt die Größe.</translation>
    </message>
    <message>
        <source>Declare numeric(precision, scale) for the values the column holds.</source>
        <translation>numeric(precision, scale) passend zu den Werten der Spalte deklarieren.</translation>
    </message>
    <message>
        <source>JSON kept in a text column without validation</source>
        <translation>JSON ohne Validierung in einer Textspalte</translation>
    </message>
    <message>
        <source>A text column accepts malformed JSON that breaks every reader later; PostgreSQL&apos;s jsonb validates, compresses and can be indexed, SQLite&apos;s json_valid() CHECK validates.</source>
        <translation>Eine Textspalte nimmt fehlerhaftes JSON an, das später jeden Leser stört; jsonb in PostgreSQL validiert, komprimiert und ist indizierbar, der json_valid()-CHECK in SQLite validiert.</translation>
    </message>
    <message>
        <source>PostgreSQL: ALTER COLUMN c TYPE jsonb USING c::jsonb; SQLite: CHECK (json_valid(c)).</source>
        <translation>PostgreSQL: ALTER COLUMN c TYPE jsonb USING c::jsonb; SQLite: CHECK (json_valid(c)).</translation>
    </message>
    <message>
        <source>Flag stored as an integer or text</source>
        <translation>Flag als Integer oder Text gespeichert</translation>
    </message>
    <message>
        <source>is_*/has_*/*_enabled flags in integer or text columns accept 2, -1 or &apos;maybe&apos;; PostgreSQL&apos;s boolean says what the column is. In SQLite, INTEGER 0/1 is the idiom, text flags are not.</source>
        <translation>Flags wie is_*/has_*/*_enabled in integer- oder text-Spalten nehmen 2, -1 oder &apos;maybe&apos; an; boolean in PostgreSQL sagt, was die Spalte ist. In SQLite ist INTEGER 0/1 das Idiom, Text-Flags sind es nicht.</translation>
    </message>
    <message>
        <source>ALTER COLUMN flag TYPE boolean USING flag &lt;&gt; 0</source>
        <translation>ALTER COLUMN flag TYPE boolean USING flag &lt;&gt; 0</translation>
    </message>
    <message>
        <source>UUID stored as text</source>
        <translation>UUID als Text gespeichert</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Alle %1</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>%1 tables have a primary key.</source>
        <translation>%1 Tabellen haben einen Primärschlüssel.</translation>
    </message>
    <message>
        <source>%1 foreign keys are covered by an index, so deleting a parent row never scans the child table.</source>
        <translation>%1 Fremdschlüssel sind durch einen Index abgedeckt, sodass das Löschen einer Elternzeile nie die Kindtabelle durchsucht.</translation>
    </message>
    <message>
        <source>%1 foreign keys state their ON DELETE policy.</source>
        <translation>%1 Fremdschlüssel geben ihre ON-DELETE-Regel an.</translation>
    </message>
    <message>
        <source>%1 foreign keys have exactly the type of the key they reference.</source>
        <translation>%1 Fremdschlüssel haben genau den Typ des Schlüssels, auf den sie verweisen.</translation>
    </message>
    <message>
        <source>%1 by CHECK constraints</source>
        <translation>%1 durch CHECK-Constraints</translation>
    </message>
    <message>
        <source>%1 by enum types</source>
        <translation>%1 durch Enum-Typen</translation>
    </message>
    <message>
        <source>%1 by domains</source>
        <translation>%1 durch Domänen</translation>
    </message>
    <message>
        <source>%1 by lookup tables</source>
        <translation>%1 durch Nachschlagetabellen</translation>
    </message>
    <message>
        <source>%1 enum-like columns are kept to their values (%2).</source>
        <translation>%1 enum-artige Spalten sind auf ihre Werte beschränkt (%2).</translation>
    </message>
    <message>
        <source>%1 is NOT NULL in %2 tables that carry it.</source>
        <translation>%1 ist NOT NULL in %2 Tabellen, die die Spalte haben.</translation>
    </message>
    <message>
        <source>Row-level security with policies is enabled on %1 tables.</source>
        <translation>Row-Level-Security mit Policies ist auf %1 Tabellen aktiviert.</translation>
    </message>
    <message>
        <source>Row-level security with policies is enabled on %1 tenant tables.</source>
        <translation>Row-Level-Security mit Policies ist auf %1 Mandantentabellen aktiviert.</translation>
    </message>
    <message>
        <source>%1 timestamp columns are timestamp with time zone.</source>
        <translation>%1 Zeitstempelspalten sind timestamp with time zone.</translation>
    </message>
    <message>
        <source>%1 migrations parse and apply cleanly in order.</source>
        <translation>%1 Migrationen lassen sich in Reihenfolge fehlerfrei parsen und anwenden.</translation>
    </message>
    <message>
        <source>SQL that does not parse</source>
        <translation>SQL, das sich nicht parsen lässt</translation>
    </message>
    <message>
        <source>The parser rejected this statement, so nothing it declares is in the reviewed schema; the database would reject it too.</source>
        <translation>Der Parser hat diese Anweisung abgelehnt, daher fehlt alles, was sie deklariert, im geprüften Schema; die Datenbank würde sie ebenfalls ablehnen.</translation>
    </message>
    <message>
        <source>Fix the syntax at the reported line.</source>
        <translation>Die Syntax in der gemeldeten Zeile korrigieren.</translation>
    </message>
    <message>
        <source>Statement the database engine rejects</source>
        <translation>Anweisung, die die Datenbank ablehnt</translation>
    </message>
    <message>
        <source>Replaying the migrations in order, this statement fails (it names a missing table or column, or conflicts with an earlier change); a fresh deployment would stop here.</source>
        <translation>Beim Nachspielen der Migrationen in Reihenfolge scheitert diese Anweisung (sie nennt eine fehlende Tabelle oder Spalte oder widerspricht einer früheren Änderung); ein frisches Deployment würde hier abbrechen.</translation>
    </message>
    <message>
        <source>Make the statement valid against the schema the earlier migrations build, or reorder the migrations.</source>
        <translation>Die Anweisung gegen das Schema gültig machen, das die früheren Migrationen aufbauen, oder die Migrationen umordnen.</translation>
    </message>
    <message>
        <source>Source problem</source>
        <translation>Problem mit der Quelle</translation>
    </message>
    <message>
        <source>A file could not be read or used as it is, or the source relies on objects it never creates.</source>
        <translation>Eine Datei konnte nicht gelesen oder nicht unverändert verwendet werden, oder die Quelle setzt Objekte voraus, die sie nie anlegt.</translation>
    </message>
    <message>
        <source>See the message; unreadable files are left out of the review.</source>
        <translation>Siehe Meldung; unlesbare Dateien werden bei der Prüfung ausgelassen.</translation>
    </message>
    <message>
        <source>Index made redundant by a longer index or a key</source>
        <translation>Index durch einen längeren Index oder einen Schlüssel überflüssig</translation>
    </message>
    <message>
        <source>Its columns are the leading columns of another index, the primary key or a unique constraint with the same method and predicate, which serves the same lookups; it only costs writes, memory and vacuum time.</source>
        <translation>Seine Spalten sind die führenden Spalten eines anderen Index, des Primärschlüssels oder eines Unique-Constraints mit gleicher Methode und gleichem Prädikat, der dieselben Suchen bedient; er kostet nur Schreibaufwand, Speicher und Vacuum-Zeit.</translation>
    </message>
    <message>
        <source>Drop the redundant index: DROP INDEX CONCURRENTLY name;</source>
        <translation>Den überflüssigen Index löschen: DROP INDEX CONCURRENTLY name;</translation>
    </message>
    <message>
        <source>Identical indexes under different names</source>
        <translation>Identische Indexe unter verschiedenen Namen</translation>
    </message>
    <message>
        <source>Two indexes with the same columns, method, predicate and uniqueness: every write maintains both and queries use one.</source>
        <translation>Zwei Indexe mit denselben Spalten, derselben Methode, demselben Prädikat und derselben Eindeutigkeit: jeder Schreibvorgang pflegt beide, Abfragen nutzen einen.</translation>
    </message>
    <message>
        <source>Drop one of them: DROP INDEX CONCURRENTLY name;</source>
        <translation>Einen davon löschen: DROP INDEX CONCURRENTLY name;</translation>
    </message>
    <message>
        <source>Separate indexes on columns filtered together</source>
        <translation>Getrennte Indexe auf gemeinsam gefilterten Spalten</translation>
    </message>
    <message>
        <source>A tenant or user column and a status or time column are indexed separately; queries that filter on both read one index and filter the rest (or combine two bitmaps), where a composite index would go straight to the rows.</source>
        <translation>Eine Mandanten- oder Benutzerspalte und eine Status- oder Zeitspalte sind getrennt indiziert; Abfragen, die auf beide filtern, lesen einen Index und filtern den Rest (oder kombinieren zwei Bitmaps), wo ein zusammengesetzter Index direkt zu den Zeilen führen würde.</translation>
    </message>
    <message>
        <source>Create a composite index, tenant/user column first; the single-column index on that column then becomes redundant.</source>
        <translation>Einen zusammengesetzten Index anlegen, Mandanten-/Benutzerspalte zuerst; der einspaltige Index auf dieser Spalte wird dann überflüssig.</translation>
    </message>
    <message>
        <source>More indexes than the write load likely justifies</source>
        <translation>Mehr Indexe, als die Schreiblast vermutlich rechtfertigt</translation>
    </message>
    <message>
        <source>Every insert and most updates maintain every index (and lose HOT updates when an indexed column changes); past a handful, some usually serve no query.</source>
        <translation>Jeder Insert und die meisten Updates pflegen jeden Index (und verlieren HOT-Updates, wenn sich eine indizierte Spalte ändert); ab einer Handvoll bedienen einige meist keine Abfrage.</translation>
    </message>
    <message>
        <source>Check index usage (pg_stat_user_indexes.idx_scan) and drop the indexes no query needs, or merge them into composite ones.</source>
        <translation>Die Indexnutzung prüfen (pg_stat_user_indexes.idx_scan) und Indexe löschen, die keine Abfrage braucht, oder sie zu zusammengesetzten zusammenfassen.</translation>
    </message>
    <message>
        <source>Queryable JSONB column without a GIN index</source>
        <translation>Abfragbare JSONB-Spalte ohne GIN-Index</translation>
    </message>
    <message>
        <source>Containment and key lookups (@&gt;, ?, jsonb_path_ops) on a JSONB column scan the whole table without a GIN index on the column or an expression index on the keys queried.</source>
        <translation>Containment- und Schlüsselsuchen (@&gt;, ?, jsonb_path_ops) auf einer JSONB-Spalte durchsuchen die ganze Tabelle, wenn es keinen GIN-Index auf der Spalte oder keinen Ausdrucksindex auf den abgefragten Schlüsseln gibt.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY … USING gin (column jsonb_path_ops); or a btree index on the expression queried ((column-&gt;&gt;&apos;key&apos;)).</source>
        <translation>CREATE INDEX CONCURRENTLY … USING gin (column jsonb_path_ops); oder ein B-Tree-Index auf dem abgefragten Ausdruck ((column-&gt;&gt;&apos;key&apos;)).</translation>
    </message>
    <message>
        <source>pgvector column without an HNSW index</source>
        <translation>pgvector-Spalte ohne HNSW-Index</translation>
    </message>
    <message>
        <source>Without an approximate-nearest-neighbour index every similarity search compares the query with every row. IVFFlat fixes its lists when built: recall drops as rows are added and it needs a rebuild; HNSW needs no training or tuning to the row count.</source>
        <translation>Ohne Index für approximative nächste Nachbarn vergleicht jede Ähnlichkeitssuche die Anfrage mit jeder Zeile. IVFFlat legt seine Listen beim Aufbau fest: der Recall sinkt, wenn Zeilen hinzukommen, und er muss neu aufgebaut werden; HNSW braucht weder Training noch Abstimmung auf die Zeilenzahl.</translation>
    </message>
    <message>
        <source>CREATE INDEX CONCURRENTLY … USING hnsw (embedding vector_cosine_ops); with the operator class of the distance your queries use.</source>
        <translation>CREATE INDEX CONCURRENTLY … USING hnsw (embedding vector_cosine_ops); mit der Operatorklasse der Distanz, die Ihre Abfragen verwenden.</translation>
    </message>
    <message>
        <source>When the tenant column is NOT NULL in most tables, or the table&apos;s rows belong to a tenant (they are deleted with it, or a row-level security policy filters by it), a nullable tenant column can hold rows that belong to no tenant: tenant filters and RLS policies silently skip them.</source>
        <translation>Wenn die Mandantenspalte in den meisten Tabellen NOT NULL ist oder die Zeilen der Tabelle einem Mandanten gehören (sie werden mit ihm gelöscht, oder eine Row-Level-Security-Policy filtert nach ihr), kann eine nullbare Mandantenspalte Zeilen ohne Mandanten enthalten: Mandantenfilter und RLS-Policies übergehen sie stillschweigend.</translation>
    </message>
    <message>
        <source>it is also unlike %1 of the %2 %3 foreign keys (ON DELETE %4)</source>
        <translation>außerdem anders als %1 der %2 %3-Fremdschlüssel (ON DELETE %4)</translation>
    </message>
    <message>
        <source>unlike %1 of the %2 %3 foreign keys (ON DELETE %4)</source>
        <translation>anders als %1 der %2 %3-Fremdschlüssel (ON DELETE %4)</translation>
    </message>
    <message>
        <source>it also states no ON DELETE, while %1 of the %2 foreign keys of the schema do (mostly ON DELETE %3)</source>
        <translation>außerdem nennt er kein ON DELETE, während %1 der %2 Fremdschlüssel des Schemas es tun (meist ON DELETE %3)</translation>
    </message>
    <message>
        <source>states no ON DELETE, while %1 of the %2 foreign keys of the schema do (mostly ON DELETE %3)</source>
        <translation>nennt kein ON DELETE, während %1 der %2 Fremdschlüssel des Schemas es tun (meist ON DELETE %3)</translation>
    </message>
    <message>
        <source>it also states no ON DELETE, while %1 of the %2 foreign keys to %3 do (mostly ON DELETE %4)</source>
        <translation>außerdem nennt er kein ON DELETE, während %1 der %2 Fremdschlüssel auf %3 es tun (meist ON DELETE %4)</translation>
    </message>
    <message>
        <source>states no ON DELETE, while %1 of the %2 foreign keys to %3 do (mostly ON DELETE %4)</source>
        <translation>nennt kein ON DELETE, während %1 der %2 Fremdschlüssel auf %3 es tun (meist ON DELETE %4)</translation>
    </message>
    <message>
        <source>%1 is ON DELETE %2, %3</source>
        <translation>%1 ist ON DELETE %2, %3</translation>
    </message>
    <message>
        <source>References form a cycle: %1 (through %2, which has no foreign key yet)</source>
        <translation>Referenzen bilden einen Zyklus: %1 (über %2, das noch keinen Fremdschlüssel hat)</translation>
    </message>
    <message>
        <source>References form a cycle of NOT NULL links: %1 (through %2, which has no foreign key yet): once it has one, no row can be inserted first</source>
        <translation>Referenzen bilden einen Zyklus aus NOT-NULL-Verknüpfungen: %1 (über %2, das noch keinen Fremdschlüssel hat): sobald es einen hat, kann keine Zeile als erste eingefügt werden</translation>
    </message>
    <message>
        <source>-- When adding the foreign key on %1.%2, declare it DEFERRABLE INITIALLY DEFERRED or keep the column nullable, filled in after both rows exist.</source>
        <translation>-- Beim Anlegen des Fremdschlüssels auf %1.%2 ihn DEFERRABLE INITIALLY DEFERRED deklarieren oder die Spalte nullbar lassen und füllen, wenn beide Zeilen existieren.</translation>
    </message>
    <message>
        <source>%1.%2 + %3 is a polymorphic reference into %4: no constraint can check that the row it names exists</source>
        <translation>%1.%2 + %3 ist eine polymorphe Referenz auf %4: kein Constraint kann prüfen, ob die genannte Zeile existiert</translation>
    </message>
    <message>
        <source>named by its role after a table of its own table&apos;s family</source>
        <translation>nach ihrer Rolle benannt, nach einer Tabelle aus der Familie ihrer eigenen Tabelle</translation>
    </message>
    <message numerus="yes">
        <source>The schema declares no foreign keys: %n column(s) that are references by name are checked by nothing (%1)</source>
        <translation>
            <numerusform>Das Schema deklariert keine Fremdschlüssel: %n Spalte, die dem Namen nach eine Referenz ist, wird von nichts geprüft (%1)</numerusform>
            <numerusform>Das Schema deklariert keine Fremdschlüssel: %n Spalten, die dem Namen nach Referenzen sind, werden von nichts geprüft (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The schema hardly uses foreign keys (%1 declared): %n column(s) that are references by name are checked by nothing (%2)</source>
        <translation>
            <numerusform>Das Schema nutzt kaum Fremdschlüssel (%1 deklariert): %n Spalte, die dem Namen nach eine Referenz ist, wird von nichts geprüft (%2)</numerusform>
            <numerusform>Das Schema nutzt kaum Fremdschlüssel (%1 deklariert): %n Spalten, die dem Namen nach Referenzen sind, werden von nichts geprüft (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n of them without an index</source>
        <translation>
            <numerusform>; %n davon ohne Index</numerusform>
            <numerusform>; %n davon ohne Index</numerusform>
        </translation>
    </message>
    <message>
        <source>Without foreign keys the database accepts rows that point at nothing and keeps them when their parent goes; a deliberate choice for event stores, partitioned or sharded tables, but then the application must check every reference and clean up orphans, and the decision deserves a comment.</source>
        <translation>Ohne Fremdschlüssel nimmt die Datenbank Zeilen an, die auf nichts zeigen, und behält sie, wenn ihr Elternteil verschwindet; eine bewusste Wahl für Event-Stores, partitionierte oder geshardete Tabellen, aber dann muss die Anwendung jede Referenz prüfen und Waisen aufräumen, und die Entscheidung verdient einen Kommentar.</translation>
    </message>
    <message>
        <source>Declare foreign keys for the references whose parents live in this database (NOT VALID first on big tables), or document that integrity is kept by the application; index the reference columns that joins use.</source>
        <translation>Fremdschlüssel für die Referenzen deklarieren, deren Eltern in dieser Datenbank liegen (bei großen Tabellen zuerst NOT VALID), oder dokumentieren, dass die Anwendung die Integrität sichert; die Referenzspalten indizieren, die Joins verwenden.</translation>
    </message>
    <message>
        <source>%1.%2 looks like a reference to %3.%4 (%5) but has no foreign key, nor an index for lookups by it</source>
        <translation>%1.%2 sieht wie eine Referenz auf %3.%4 aus (%5), hat aber keinen Fremdschlüssel und keinen Index für Suchen danach</translation>
    </message>
    <message>
        <source>%1 reaches %2 parents of its %3 through keys separate from %1.%3 → %4 (%5): nothing ensures they belong to the same %3</source>
        <translation>%1 erreicht %2 Eltern seines %3 über Schlüssel getrennt von %1.%3 → %4 (%5): nichts stellt sicher, dass sie zum selben %3 gehören</translation>
    </message>
    <message>
        <source>its rows are deleted with their %1 (ON DELETE CASCADE)</source>
        <translation>ihre Zeilen werden mit ihrem %1 gelöscht (ON DELETE CASCADE)</translation>
    </message>
    <message>
        <source>its row-level security policy %1 filters by it</source>
        <translation>ihre Row-Level-Security-Policy %1 filtert danach</translation>
    </message>
    <message>
        <source>, and %1</source>
        <translation> und %1</translation>
    </message>
    <message>
        <source>%1.%2 is nullable, though %3: a row without a tenant belongs to no one and escapes tenant filters</source>
        <translation>%1.%2 ist nullbar, obwohl %3: eine Zeile ohne Mandant gehört niemandem und entgeht den Mandantenfiltern</translation>
    </message>
    <message>
        <source>%1.%2 has no row-level security, while %3 of the %4 tables of schema %1 have it (%5)</source>
        <translation>%1.%2 hat keine Row-Level-Security, während %3 der %4 Tabellen von Schema %1 sie haben (%5)</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;
-- and the policies its rows need, e.g.
CREATE POLICY %2 ON %1 FOR SELECT USING (/* condition */ true);</source>
        <translation>ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;
-- und die Policies, die ihre Zeilen brauchen, z. B.
CREATE POLICY %2 ON %1 FOR SELECT USING (/* Bedingung */ true);</translation>
    </message>
    <message>
        <source>When a schema relies on row-level security to keep tenants or users apart (its owner columns are in policies, or most of its tables have RLS), a table without RLS, often one added later, is readable across tenants by every role that can select it.</source>
        <translation>Wenn ein Schema Mandanten oder Benutzer mit Row-Level-Security trennt (seine Besitzerspalten stehen in Policies, oder die meisten Tabellen haben RLS), ist eine Tabelle ohne RLS, oft eine später hinzugefügte, für jede Rolle mit SELECT-Recht über Mandanten hinweg lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) reference %1 by name without a foreign key, while %2 declare one: references to %1 are unconstrained by convention (%3)</source>
        <translation>
            <numerusform>%n Spalte verweist dem Namen nach ohne Fremdschlüssel auf %1, während %2 einen deklarieren: Verweise auf %1 sind per Konvention unbeschränkt (%3)</numerusform>
            <numerusform>%n Spalten verweisen dem Namen nach ohne Fremdschlüssel auf %1, während %2 einen deklarieren: Verweise auf %1 sind per Konvention unbeschränkt (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 tables of %2_* declare no foreign keys, unlike the rest of the schema: %n column(s) of theirs that are references by name are checked by nothing (%3)</source>
        <translation>
            <numerusform>Die %1 Tabellen von %2_* deklarieren anders als der Rest des Schemas keine Fremdschlüssel: %n ihrer Spalten, die dem Namen nach eine Referenz ist, wird von nichts geprüft (%3)</numerusform>
            <numerusform>Die %1 Tabellen von %2_* deklarieren anders als der Rest des Schemas keine Fremdschlüssel: %n ihrer Spalten, die dem Namen nach Referenzen sind, werden von nichts geprüft (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>The column is clearly a reference (its name, its type and the table it names all agree) but no constraint checks it, so deleted or mistyped parents leave orphan rows. The finding also names a missing index and the cascades into the target. References left unconstrained on purpose are not reported one by one: a foreign key a migration dropped, and a schema, a table family or a target whose references mostly have none (then one finding says so).</source>
        <translation>Die Spalte ist eindeutig ein Verweis (Name, Typ und die benannte Tabelle passen zusammen), aber keine Constraint prüft ihn, sodass gelöschte oder falsch eingetragene Eltern verwaiste Zeilen hinterlassen. Der Befund nennt auch einen fehlenden Index und die Kaskaden in die Zieltabelle. Absichtlich unbeschränkte Verweise werden nicht einzeln gemeldet: ein Fremdschlüssel, den eine Migration entfernt hat, und ein Schema, eine Tabellenfamilie oder ein Ziel, dessen Verweise meist keinen haben (dann sagt es ein Befund).</translation>
    </message>
    <message>
        <source>An x_type + x_id pair points at a row of one of several tables; no foreign key can check it, so orphans and type typos go unnoticed and every join needs the type in its condition. A pair counts when the type&apos;s stated values (CHECK, enum, default) name tables, or, stating none, nothing else explains it: not kinds of one thing, not an id in another system, not the row&apos;s own key.</source>
        <translation>Ein Paar x_type + x_id zeigt auf eine Zeile einer von mehreren Tabellen; kein Fremdschlüssel kann das prüfen, sodass Waisen und Tippfehler im Typ unbemerkt bleiben und jeder Join den Typ in seiner Bedingung braucht. Ein Paar zählt, wenn die angegebenen Werte des Typs (CHECK, Enum, Default) Tabellen nennen oder, wenn keine angegeben sind, nichts anderes es erklärt: keine Arten einer Sache, keine ID in einem anderen System, nicht der eigene Schlüssel der Zeile.</translation>
    </message>
    <message>
        <source>Deleting or updating a parent row looks for its children by the FK columns; without an index on them each such check scans the child table, and joins from parent to children do too. A partial index counts when the lookups can use it (its predicate is implied by the key, or keeps live rows); soft references carry their index in soft-fk.</source>
        <translation>Das Löschen oder Ändern einer Elternzeile sucht deren Kinder über die Fremdschlüsselspalten; ohne Index darauf durchsucht jede solche Prüfung die ganze Kindtabelle, und Joins vom Eltern- zum Kindelement ebenso. Ein partieller Index zählt, wenn die Suchen ihn nutzen können (sein Prädikat folgt aus dem Schlüssel oder behält lebende Zeilen); weiche Verweise nennen ihren Index in soft-fk.</translation>
    </message>
    <message>
        <source>Foreign keys that play the same role (the same column to the same parent, or the tenant column) usually want the same delete policy; one odd key out either blocks a delete the others cascade or silently deletes what the others protect (for a tenant column, SET NULL among cascades leaves rows of no tenant). One foreign key gets one ON DELETE finding: this rule carries it unless the key blocks a cascade (cascade-blocked), and names an unstated policy too.</source>
        <translation>Fremdschlüssel mit derselben Rolle (dieselbe Spalte zum selben Elternteil oder die Mandantenspalte) wollen meist dieselbe Löschregel; ein Ausreißer blockiert entweder ein Löschen, das die anderen kaskadieren, oder löscht stillschweigend, was die anderen schützen (bei einer Mandantenspalte hinterlässt SET NULL zwischen Kaskaden Zeilen ohne Mandant). Ein Fremdschlüssel bekommt einen ON-DELETE-Befund: diese Regel trägt ihn, außer der Schlüssel blockiert eine Kaskade (cascade-blocked), und nennt auch eine fehlende Angabe.</translation>
    </message>
    <message>
        <source>Most foreign keys to this parent, or of the whole schema, say what a delete does; this one falls back to NO ACTION, which may be an oversight rather than a decision. Reported here only when the key neither blocks a cascade nor differs from its siblings (then cascade-blocked or cascade-inconsistent carries it), and not for pg_dump sources, which omit NO ACTION.</source>
        <translation>Die meisten Fremdschlüssel zu diesem Elternteil oder im ganzen Schema sagen, was beim Löschen geschieht; dieser fällt auf NO ACTION zurück, was eher ein Versehen als eine Entscheidung sein kann. Nur hier gemeldet, wenn der Schlüssel weder eine Kaskade blockiert noch von seinen Geschwistern abweicht (sonst tragen cascade-blocked oder cascade-inconsistent ihn), und nicht für pg_dump-Quellen, die NO ACTION weglassen.</translation>
    </message>
    <message>
        <source>A cascading delete stops at the first foreign key that restricts it, so the parent cannot be deleted in one statement; either the restriction is intended and the cascade above it is misleading, or the blocking key should cascade or set null too. The most serious of the ON DELETE findings: when the key also differs from its siblings or states no policy, this finding names that too.</source>
        <translation>Ein kaskadierendes Löschen endet am ersten Fremdschlüssel, der es einschränkt, sodass sich das Elternteil nicht in einer Anweisung löschen lässt; entweder ist die Einschränkung gewollt und die Kaskade darüber irreführend, oder der blockierende Schlüssel sollte ebenfalls kaskadieren oder auf NULL setzen. Der schwerste der ON-DELETE-Befunde: weicht der Schlüssel auch von seinen Geschwistern ab oder nennt keine Regel, sagt dieser Befund das mit.</translation>
    </message>
    <message>
        <source>Tables that reference each other in a cycle cannot both get their first row unless one link is nullable (filled in later) or the constraints are DEFERRABLE; deletes need the same care. A soft reference counts: its cycle closes when its key is added.</source>
        <translation>Tabellen, die einander im Kreis referenzieren, können nicht beide ihre erste Zeile bekommen, außer ein Glied ist nullbar (später gefüllt) oder die Constraints sind DEFERRABLE; Löschungen brauchen dieselbe Sorgfalt. Ein weicher Verweis zählt: sein Kreis schließt sich, sobald sein Schlüssel hinzukommt.</translation>
    </message>
    <message>
        <source>expected &quot;postgresql&quot; or &quot;sqlite&quot;</source>
        <translation>„postgresql“ oder „sqlite“ erwartet</translation>
    </message>
    <message>
        <source>expected a PostgreSQL major version, e.g. 15</source>
        <translation>PostgreSQL-Hauptversion erwartet, z. B. 15</translation>
    </message>
    <message>
        <source>expected an object of finding fingerprints</source>
        <translation>erwartet ein Objekt mit Fingerabdrücken von Befunden</translation>
    </message>
    <message>
        <source>not a finding fingerprint (24 hex digits, as &apos;review --format json&apos; shows them)</source>
        <translation>kein Fingerabdruck eines Befunds (24 Hexadezimalziffern, wie „review --format json“ sie zeigt)</translation>
    </message>
    <message>
        <source>expected an object of &quot;schema.table[.column]&quot;: &quot;text&quot;</source>
        <translation>erwartet ein Objekt aus &quot;schema.tabelle[.spalte]&quot;: &quot;Text&quot;</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet eine Zeichenkette</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Will fix</source>
        <translation>Wird behoben</translation>
    </message>
    <message>
        <source>Won&apos;t fix</source>
        <translation>Wird nicht behoben</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Discuss</source>
        <translation>Besprechen</translation>
    </message>
    <message>
        <source>expected an object with a &quot;status&quot;</source>
        <translation>erwartet ein Objekt mit &quot;status&quot;</translation>
    </message>
    <message>
        <source>missing &quot;status&quot; (open, will-fix, wont-fix, fixed or discuss)</source>
        <translation>&quot;status&quot; fehlt (open, will-fix, wont-fix, fixed oder discuss)</translation>
    </message>
    <message>
        <source>expected a status string (open, will-fix, wont-fix, fixed or discuss)</source>
        <translation>erwartet einen Status als Zeichenkette (open, will-fix, wont-fix, fixed oder discuss)</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (use open, will-fix, wont-fix, fixed or discuss)</source>
        <translation>unbekannter Status „%1“ (open, will-fix, wont-fix, fixed oder discuss verwenden)</translation>
    </message>
    <message>
        <source>unknown key (kept as it is)</source>
        <translation>unbekannter Schlüssel (bleibt unverändert erhalten)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>erwartet ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>a won&apos;t-fix decision needs a reason in &quot;note&quot;; the finding stays open until it has one</source>
        <translation>eine Entscheidung „wird nicht behoben“ braucht eine Begründung in &quot;note&quot;; bis dahin bleibt der Befund offen</translation>
    </message>
    <message>
        <source>Remove the ignore, or correct its rule ids (see &apos;schemalens-cli rules&apos;).</source>
        <translation>Entfernen Sie das Ignore oder korrigieren Sie seine Regel-IDs (siehe »schemalens-cli rules«).</translation>
    </message>
    <message>
        <source>ignored in %1:%2</source>
        <translation>ignoriert in %1:%2</translation>
    </message>
    <message>
        <source>schemalens-ignore names unknown rule %1</source>
        <translation>schemalens-ignore nennt die unbekannte Regel %1</translation>
    </message>
    <message>
        <source>schemalens-ignore-file %1 matches no finding in this file</source>
        <translation>schemalens-ignore-file %1 passt auf keinen Befund in dieser Datei</translation>
    </message>
    <message>
        <source>schemalens-ignore %1 matches no finding of the statement after it</source>
        <translation>schemalens-ignore %1 passt auf keinen Befund der folgenden Anweisung</translation>
    </message>
    <message>
        <source>Inline ignore that matches nothing</source>
        <translation>Inline-Ignore, das auf nichts passt</translation>
    </message>
    <message>
        <source>A -- schemalens-ignore comment names a rule that does not exist or silences nothing: the problem it was written for is gone (or the rule id is wrong), and the comment only misleads.</source>
        <translation>Ein Kommentar -- schemalens-ignore nennt eine Regel, die es nicht gibt, oder unterdrückt nichts: das Problem, für das er geschrieben wurde, ist weg (oder die Regel-ID falsch), und der Kommentar führt nur in die Irre.</translation>
    </message>
    <message>
        <source>Remove the comment or fix its rule ids.</source>
        <translation>Entfernen Sie den Kommentar oder korrigieren Sie seine Regel-IDs.</translation>
    </message>
    <message>
        <source>The table belongs to %1, which creates and migrates it: its shape is the library&apos;s choice, not the application&apos;s.</source>
        <translation>Die Tabelle gehört zu %1, das sie anlegt und migriert: ihre Gestalt ist die Wahl der Bibliothek, nicht der Anwendung.</translation>
    </message>
    <message>
        <source>A comment explains the choice: “%1”.</source>
        <translation>Ein Kommentar erklärt die Wahl: „%1“.</translation>
    </message>
    <message>
        <source>Migration code that cannot be read statically</source>
        <translation>Migrationscode, der sich statisch nicht lesen lässt</translation>
    </message>
    <message>
        <source>Loops, conditionals, helper functions, database calls and values computed at run time decide what this migration does only when it runs; Schemalens never guesses, so what they change is missing from the reviewed schema.</source>
        <translation>Schleifen, Bedingungen, Hilfsfunktionen, Datenbankaufrufe und erst zur Laufzeit berechnete Werte entscheiden erst beim Ausführen, was diese Migration tut; Schemalens rät nie, daher fehlt das, was sie ändern, im geprüften Schema.</translation>
    </message>
    <message>
        <source>Write the change as plain migration calls with literal names, or as SQL (execute), or accept that the diagram leaves it out.</source>
        <translation>Schreiben Sie die Änderung als einfache Migrationsaufrufe mit literalen Namen oder als SQL (execute), oder nehmen Sie hin, dass das Diagramm sie auslässt.</translation>
    </message>
    <message>
        <source>Column type defined in application code</source>
        <translation>Spaltentyp aus dem Anwendungscode</translation>
    </message>
    <message>
        <source>The migration names a type class of the project (myapp.db.UUID, an Ecto custom type); its database type is decided by that code, so the column is shown with the name as written and type rules cannot judge it.</source>
        <translation>Die Migration nennt eine Typklasse des Projekts (myapp.db.UUID, ein eigener Ecto-Typ); ihren Datenbanktyp bestimmt dieser Code, daher wird die Spalte mit dem Namen wie geschrieben gezeigt und Typregeln können sie nicht beurteilen.</translation>
    </message>
    <message>
        <source>Use the database type in the migration, or accept the unknown type.</source>
        <translation>Verwenden Sie den Datenbanktyp in der Migration, oder nehmen Sie den unbekannten Typ hin.</translation>
    </message>
    <message>
        <source>Alembic revision graph problem</source>
        <translation>Problem im Alembic-Revisionsgraphen</translation>
    </message>
    <message>
        <source>Several heads, a down_revision that no file declares, a cycle or a duplicate revision id: `alembic upgrade head` refuses to run or runs an order nobody reviewed.</source>
        <translation>Mehrere Heads, eine down_revision, die keine Datei deklariert, ein Zyklus oder eine doppelte Revisions-ID: `alembic upgrade head` verweigert die Ausführung oder läuft in einer Reihenfolge, die niemand geprüft hat.</translation>
    </message>
    <message>
        <source>Add a merge revision (alembic merge heads), restore the missing revision, or fix the down_revision.</source>
        <translation>Fügen Sie eine Merge-Revision hinzu (alembic merge heads), stellen Sie die fehlende Revision wieder her oder korrigieren Sie die down_revision.</translation>
    </message>
    <message>
        <source>cannot update %1: its JSON is not an object</source>
        <translation>%1 kann nicht aktualisiert werden: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>cannot update %1: &quot;decisions&quot; is not an object</source>
        <translation>%1 kann nicht aktualisiert werden: &quot;decisions&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>cannot update %1: &quot;notes&quot; is not an object</source>
        <translation>%1 kann nicht aktualisiert werden: &quot;notes&quot; ist kein Objekt</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write review file %1: %2</source>
        <translation>Review-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 are one family with the same columns (%2), each with a reference of its own (%3): merge candidates</source>
        <translation>%1 sind eine Familie mit denselben Spalten (%2), jede mit einer eigenen Referenz (%3): Kandidaten zum Zusammenführen</translation>
    </message>
    <message>
        <source>If they are handled alike, one %1 table with a kind column (CHECK kind IN (…)) and the target&apos;s id replaces them, at the cost of the per-kind foreign keys; keep them apart if each kind needs its own constraints.</source>
        <translation>Werden sie gleich behandelt, ersetzt sie eine Tabelle %1 mit einer Art-Spalte (CHECK kind IN (…)) und der ID des Ziels, um den Preis der Fremdschlüssel je Art; getrennt lassen, wenn jede Art eigene Constraints braucht.</translation>
    </message>
    <message>
        <source>%1 and %2 keep the same personal fields (%3): one person can be in both, and edits to one never reach the other</source>
        <translation>%1 und %2 führen dieselben Personenfelder (%3): eine Person kann in beiden stehen, und Änderungen an der einen erreichen die andere nie</translation>
    </message>
    <message>
        <source>Keep people in one table (contacts, with a stage or role column for what tells %1 and %2 apart) and point both at it, or record the conversion from one to the other with a foreign key.</source>
        <translation>Personen in einer Tabelle führen (contacts, mit einer Phasen- oder Rollenspalte für das, was %1 und %2 unterscheidet) und beide darauf verweisen lassen, oder den Übergang von der einen zur anderen mit einem Fremdschlüssel festhalten.</translation>
    </message>
    <message>
        <source>live rows (%1 IS NULL)</source>
        <translation>aktive Zeilen (%1 IS NULL)</translation>
    </message>
    <message>
        <source>rows whose %1 is NULL</source>
        <translation>Zeilen, deren %1 NULL ist</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 on %2 (%3) never holds for %4: NULLs never collide, so (%5) can repeat there</source>
        <translation>%1 auf %2 (%3) greift nie für %4: NULLs kollidieren nie, daher kann sich (%5) dort wiederholen</translation>
    </message>
    <message>
        <source>-- SQLite has no NULLS NOT DISTINCT: add a unique index for the NULL case
CREATE UNIQUE INDEX %1 ON %2 (%3) WHERE %4 IS NULL;</source>
        <translation>-- SQLite kennt kein NULLS NOT DISTINCT: einen Unique-Index für den NULL-Fall anlegen
CREATE UNIQUE INDEX %1 ON %2 (%3) WHERE %4 IS NULL;</translation>
    </message>
    <message>
        <source>-- PostgreSQL %1+: make NULLs collide
CREATE UNIQUE INDEX CONCURRENTLY %2 ON %3 (%4) NULLS NOT DISTINCT;
DROP INDEX CONCURRENTLY %5;
-- before 15: CREATE UNIQUE INDEX CONCURRENTLY %6 ON %3 (%7) WHERE %8 IS NULL;</source>
        <translation>-- PostgreSQL %1+: NULLs kollidieren lassen
CREATE UNIQUE INDEX CONCURRENTLY %2 ON %3 (%4) NULLS NOT DISTINCT;
DROP INDEX CONCURRENTLY %5;
-- vor 15: CREATE UNIQUE INDEX CONCURRENTLY %6 ON %3 (%7) WHERE %8 IS NULL;</translation>
    </message>
    <message>
        <source>-- PostgreSQL %1+: make NULLs collide
ALTER TABLE %2 DROP CONSTRAINT %3,
    ADD CONSTRAINT %3 UNIQUE NULLS NOT DISTINCT (%4);
-- before 15: CREATE UNIQUE INDEX CONCURRENTLY %5 ON %2 (%6) WHERE %7 IS NULL;</source>
        <translation>-- PostgreSQL %1+: NULLs kollidieren lassen
ALTER TABLE %2 DROP CONSTRAINT %3,
    ADD CONSTRAINT %3 UNIQUE NULLS NOT DISTINCT (%4);
-- vor 15: CREATE UNIQUE INDEX CONCURRENTLY %5 ON %2 (%6) WHERE %7 IS NULL;</translation>
    </message>
    <message>
        <source>-- then rebuild %1 without its UNIQUE (%2)</source>
        <translation>-- dann %1 ohne sein UNIQUE (%2) neu aufbauen</translation>
    </message>
    <message>
        <source>-- after merging rows that differ only by case
</source>
        <translation>-- nach dem Zusammenführen von Zeilen, die sich nur in Groß-/Kleinschreibung unterscheiden
</translation>
    </message>
    <message>
        <source>-- after merging rows that differ only by case (or: ALTER COLUMN %1 TYPE citext)
</source>
        <translation>-- nach dem Zusammenführen von Zeilen, die sich nur in Groß-/Kleinschreibung unterscheiden (oder: ALTER COLUMN %1 TYPE citext)
</translation>
    </message>
    <message>
        <source>%1.%2 is unique as written (%3), so values that differ only by case are two %4s; the schema compares without case elsewhere: %5</source>
        <translation>%1.%2 ist so eindeutig, wie geschrieben (%3): Werte, die sich nur in Groß-/Kleinschreibung unterscheiden, gelten als zwei (%4); anderswo vergleicht das Schema ohne Groß-/Kleinschreibung: %5</translation>
    </message>
    <message>
        <source>%1.%2 has no unique constraint: two rows can claim one %3, and lookups by %3 return either</source>
        <translation>%1.%2 hat keinen Unique-Constraint: zwei Zeilen können denselben Wert (%3) beanspruchen, und Suchen nach %3 liefern eine beliebige</translation>
    </message>
    <message>
        <source>Unique key with a nullable scope column</source>
        <translation>Eindeutiger Schlüssel mit nullbarer Bereichsspalte</translation>
    </message>
    <message>
        <source>NULLs never compare equal, so a unique key over a column that can be NULL does not hold for the rows where it is: two top-level rows (parent NULL) or two live rows (deleted_at NULL) can repeat the rest of the key.</source>
        <translation>NULLs sind nie gleich, daher greift ein eindeutiger Schlüssel über eine nullbare Spalte nicht für Zeilen, in denen sie NULL ist: zwei Zeilen der obersten Ebene (parent NULL) oder zwei aktive Zeilen (deleted_at NULL) können den Rest des Schlüssels wiederholen.</translation>
    </message>
    <message>
        <source>PostgreSQL 15+: UNIQUE NULLS NOT DISTINCT; before, and in SQLite, a second unique index on the other columns WHERE col IS NULL.</source>
        <translation>PostgreSQL 15+: UNIQUE NULLS NOT DISTINCT; davor und in SQLite ein zweiter Unique-Index auf den übrigen Spalten WHERE col IS NULL.</translation>
    </message>
    <message>
        <source>Email, slug, username or domain unique by case</source>
        <translation>E-Mail, Slug, Benutzername oder Domain mit Groß-/Kleinschreibung eindeutig</translation>
    </message>
    <message>
        <source>Bob@Example.com and bob@example.com are one address to their owner, but a unique key on the raw text admits both: duplicate accounts, and lookups that miss. The schema already compares such values without case elsewhere.</source>
        <translation>Bob@Example.com und bob@example.com sind für ihren Inhaber eine Adresse, aber ein eindeutiger Schlüssel auf dem Rohtext lässt beide zu: doppelte Konten und Suchen, die nichts finden. Anderswo vergleicht das Schema solche Werte bereits ohne Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>A unique index on lower(col) (or citext; COLLATE NOCASE in SQLite) instead of the one on the raw column.</source>
        <translation>Ein Unique-Index auf lower(col) (oder citext; COLLATE NOCASE in SQLite) statt des Index auf der Rohspalte.</translation>
    </message>
    <message>
        <source>User or tenant identifier without a unique key</source>
        <translation>Kennung eines Benutzers oder Mandanten ohne eindeutigen Schlüssel</translation>
    </message>
    <message>
        <source>Users are found by email and tenants by slug or domain; without a unique key, a double submit or a race creates two rows that claim the same identifier, and every lookup by it may return either.</source>
        <translation>Benutzer werden über die E-Mail gefunden, Mandanten über Slug oder Domain; ohne eindeutigen Schlüssel legt ein doppeltes Absenden oder ein Wettlauf zwei Zeilen mit derselben Kennung an, und jede Suche danach kann eine beliebige liefern.</translation>
    </message>
    <message>
        <source>A unique index on lower(col) (citext or COLLATE NOCASE), after merging duplicates.</source>
        <translation>Ein Unique-Index auf lower(col) (citext oder COLLATE NOCASE), nachdem Duplikate zusammengeführt sind.</translation>
    </message>
    <message>
        <source>No JSONB column has a GIN or expression index (%1 of them: %2): any query inside them (@&gt;, ?, -&gt;&gt;) reads whole tables</source>
        <translation>Keine JSONB-Spalte hat einen GIN- oder Ausdrucksindex (%1 Spalten: %2): jede Abfrage in ihnen (@&gt;, ?, -&gt;&gt;) liest ganze Tabellen</translation>
    </message>
    <message>
        <source>-- for the columns the application searches inside, e.g.:</source>
        <translation>-- für die Spalten, in denen die Anwendung sucht, z. B.:</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 ADD COLUMN %2 %3 NOT NULL DEFAULT /* value */;</source>
        <translation>ALTER TABLE %1 ADD COLUMN %2 %3 NOT NULL DEFAULT /* Wert */;</translation>
    </message>
    <message>
        <source>%1 adds %2.%3 NOT NULL without a default to an existing table: it fails as soon as %2 has a row</source>
        <translation>%1 fügt %2.%3 NOT NULL ohne Standardwert zu einer bestehenden Tabelle hinzu: das scheitert, sobald %2 eine Zeile hat</translation>
    </message>
    <message>
        <source>%1 adds %2 NOT NULL columns to existing table %3 without a default (%4): it fails as soon as %3 has a row</source>
        <translation>%1 fügt der bestehenden Tabelle %3 %2 NOT-NULL-Spalten ohne Standardwert hinzu (%4): das scheitert, sobald %3 eine Zeile hat</translation>
    </message>
    <message>
        <source>
-- or: add the columns nullable, backfill in batches, then
-- ALTER TABLE %1 ALTER COLUMN &lt;column&gt; SET NOT NULL;</source>
        <translation>
-- oder: die Spalten nullable hinzufügen, in Portionen befüllen, dann
-- ALTER TABLE %1 ALTER COLUMN &lt;Spalte&gt; SET NOT NULL;</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 changes the type of %2.%3: stored values are converted (the table is rewritten under an ACCESS EXCLUSIVE lock) and code, indexes or data made for the old type may not fit</source>
        <translation>%1 ändert den Typ von %2.%3: gespeicherte Werte werden umgewandelt (die Tabelle wird unter einer ACCESS-EXCLUSIVE-Sperre neu geschrieben), und Code, Indizes oder Daten für den alten Typ passen womöglich nicht mehr</translation>
    </message>
    <message>
        <source>-- Expand and contract instead of converting in place:
ALTER TABLE %1 ADD COLUMN %2_new %3;
-- deploy code that writes both columns, backfill %2_new in batches,
-- switch readers to %2_new, then:
ALTER TABLE %1 DROP COLUMN %2;
ALTER TABLE %1 RENAME COLUMN %2_new TO %2;
-- (for embeddings: recompute the stored vectors for the new model)</source>
        <translation>-- Erweitern und zurückbauen statt an Ort und Stelle umwandeln:
ALTER TABLE %1 ADD COLUMN %2_new %3;
-- Code ausliefern, der beide Spalten schreibt, %2_new in Portionen befüllen,
-- Leser auf %2_new umstellen, dann:
ALTER TABLE %1 DROP COLUMN %2;
ALTER TABLE %1 RENAME COLUMN %2_new TO %2;
-- (bei Embeddings: die gespeicherten Vektoren für das neue Modell neu berechnen)</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>%1 drops and re-creates %2 on %3 in one transaction (lines %4 and %5): the table is locked for reads and writes until the new index is built</source>
        <translation>%1 löscht %2 auf %3 und legt ihn in einer Transaktion neu an (Zeilen %4 und %5): die Tabelle ist für Lesen und Schreiben gesperrt, bis der neue Index gebaut ist</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 creates %2 indexes on existing tables without CONCURRENTLY (%3): writes to each table wait until its index is built</source>
        <translation>%1 legt %2 Indizes auf bestehenden Tabellen ohne CONCURRENTLY an (%3): Schreibzugriffe auf jede Tabelle warten, bis ihr Index gebaut ist</translation>
    </message>
    <message>
        <source>%1 creates the whole core schema (%2 tables) in one migration: it was only ever reviewed as one file and cannot be rolled back by feature</source>
        <translation>%1 legt das ganze Kernschema (%2 Tabellen) in einer Migration an: es wurde immer nur als eine Datei geprüft und lässt sich nicht nach Funktionen zurückrollen</translation>
    </message>
    <message>
        <source>Nothing to change in an applied baseline; keep later migrations to one feature each, and review the core tables as a whole once (this review does).</source>
        <translation>An einer angewendeten Basis ist nichts zu ändern; halten Sie spätere Migrationen auf eine Funktion je Migration, und prüfen Sie die Kerntabellen einmal als Ganzes (dieses Review tut es).</translation>
    </message>
    <message>
        <source>A migration that creates many tables at once is hard to review and to roll back. The first migration that creates tables builds the initial schema (or a squashed baseline): it is reported once, softly, when later migrations follow.</source>
        <translation>Eine Migration, die viele Tabellen auf einmal anlegt, ist schwer zu prüfen und zurückzurollen. Die erste Migration, die Tabellen anlegt, baut das Ausgangsschema (oder eine zusammengefasste Basis): sie wird einmal und zurückhaltend gemeldet, wenn spätere Migrationen folgen.</translation>
    </message>
    <message>
        <source>-- This migration runs outside a transaction already: CONCURRENTLY works here (make it safe to re-run with IF [NOT] EXISTS).</source>
        <translation>-- Diese Migration läuft bereits ohne Transaktion: CONCURRENTLY funktioniert hier (mit IF [NOT] EXISTS wiederholbar machen).</translation>
    </message>
    <message>
        <source>-- CONCURRENTLY cannot run inside a transaction: put it in its own migration that starts with -- +goose NO TRANSACTION.</source>
        <translation>-- CONCURRENTLY kann nicht in einer Transaktion laufen: in eine eigene Migration legen, die mit -- +goose NO TRANSACTION beginnt.</translation>
    </message>
    <message>
        <source>-- CONCURRENTLY cannot run inside a transaction: put it in its own migration whose up marker reads -- migrate:up transaction:false.</source>
        <translation>-- CONCURRENTLY kann nicht in einer Transaktion laufen: in eine eigene Migration legen, deren Up-Markierung -- migrate:up transaction:false lautet.</translation>
    </message>
    <message>
        <source>-- CONCURRENTLY cannot run inside a transaction: put it in its own migration whose first line is -- no-transaction.</source>
        <translation>-- CONCURRENTLY kann nicht in einer Transaktion laufen: in eine eigene Migration legen, deren erste Zeile -- no-transaction ist.</translation>
    </message>
    <message>
        <source>-- CONCURRENTLY cannot run inside a transaction: put it in its own migration with run_in_transaction = false in its metadata.toml.</source>
        <translation>-- CONCURRENTLY kann nicht in einer Transaktion laufen: in eine eigene Migration mit run_in_transaction = false in ihrer metadata.toml legen.</translation>
    </message>
    <message>
        <source>-- Flyway runs a migration holding CONCURRENTLY outside a transaction: give it its own migration file (or executeInTransaction=false).</source>
        <translation>-- Flyway führt eine Migration mit CONCURRENTLY ohne Transaktion aus: geben Sie ihr eine eigene Migrationsdatei (oder executeInTransaction=false).</translation>
    </message>
    <message>
        <source>-- CONCURRENTLY cannot run inside a transaction: put it in its own migration named *.autocommit.up.sql.</source>
        <translation>-- CONCURRENTLY kann nicht in einer Transaktion laufen: in eine eigene Migration namens *.autocommit.up.sql legen.</translation>
    </message>
    <message>
        <source>-- The tool sends the file as one transaction: CONCURRENTLY works only in a migration file that holds nothing else.</source>
        <translation>-- Das Werkzeug sendet die Datei als eine Transaktion: CONCURRENTLY funktioniert nur in einer Migrationsdatei, die sonst nichts enthält.</translation>
    </message>
    <message>
        <source>-- drizzle-kit applies migrations in one transaction: run CONCURRENTLY statements outside it (a separate script), then record the migration.</source>
        <translation>-- drizzle-kit wendet Migrationen in einer Transaktion an: CONCURRENTLY-Anweisungen außerhalb ausführen (ein eigenes Skript), dann die Migration eintragen.</translation>
    </message>
    <message>
        <source>-- CONCURRENTLY cannot run inside a transaction block: run it on its own.</source>
        <translation>-- CONCURRENTLY kann nicht in einem Transaktionsblock laufen: für sich allein ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiterer</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 drops %2: the application version still running during the deploy fails on every query that names a dropped column</source>
        <translation>%1 löscht %2: die Anwendungsversion, die während des Deployments noch läuft, scheitert an jeder Abfrage, die eine gelöschte Spalte nennt</translation>
    </message>
    <message>
        <source>-- Expand/contract: first deploy code that no longer reads or writes the column (ORMs: mark it ignored), then drop it in a later migration:
ALTER TABLE %1 DROP COLUMN IF EXISTS %2;</source>
        <translation>-- Erweitern/zurückbauen: zuerst Code ausliefern, der die Spalte nicht mehr liest oder schreibt (ORMs: als ignoriert markieren), dann in einer späteren Migration löschen:
ALTER TABLE %1 DROP COLUMN IF EXISTS %2;</translation>
    </message>
    <message>
        <source>%1 drops %2 with all rows: the application version still running during the deploy fails on every query that names a dropped table, and rolling back does not bring the data back</source>
        <translation>%1 löscht %2 mit allen Zeilen: die Anwendungsversion, die während des Deployments noch läuft, scheitert an jeder Abfrage, die eine gelöschte Tabelle nennt, und ein Zurückrollen bringt die Daten nicht wieder</translation>
    </message>
    <message>
        <source>-- Expand/contract: deploy code that no longer uses the table, keep a backup (or rename it to %1_deprecated first), then drop it in a later migration.</source>
        <translation>-- Erweitern/zurückbauen: Code ausliefern, der die Tabelle nicht mehr nutzt, eine Sicherung behalten (oder sie zuerst in %1_deprecated umbenennen), dann in einer späteren Migration löschen.</translation>
    </message>
    <message>
        <source>%1.%2 to %3</source>
        <translation>%1.%2 in %3</translation>
    </message>
    <message>
        <source>%1 renames %2: the application version still running during the deploy uses the old names and fails</source>
        <translation>%1 benennt %2 um: die Anwendungsversion, die während des Deployments noch läuft, nutzt die alten Namen und scheitert</translation>
    </message>
    <message>
        <source>-- Expand/contract instead of renaming in place:
ALTER TABLE %1 ADD COLUMN %3 /* type */;
-- write both (code or a trigger), backfill %3 from %2, switch readers to %3, then in a later migration:
ALTER TABLE %1 DROP COLUMN %2;</source>
        <translation>-- Erweitern/zurückbauen statt umbenennen:
ALTER TABLE %1 ADD COLUMN %3 /* Typ */;
-- beide schreiben (Code oder Trigger), %3 aus %2 befüllen, Leser auf %3 umstellen, dann in einer späteren Migration:
ALTER TABLE %1 DROP COLUMN %2;</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 renames table %2: the application version still running during the deploy uses the old name and fails</source>
        <translation>%1 benennt die Tabelle %2 um: die Anwendungsversion, die während des Deployments noch läuft, nutzt den alten Namen und scheitert</translation>
    </message>
    <message>
        <source>-- Keep the old name working while code moves over:
ALTER TABLE %1 RENAME TO %2;
CREATE VIEW %1 AS SELECT * FROM %2; -- simple views are updatable
-- drop the view in a later migration, once no code uses %1.</source>
        <translation>-- Den alten Namen funktionsfähig halten, während der Code umzieht:
ALTER TABLE %1 RENAME TO %2;
CREATE VIEW %1 AS SELECT * FROM %2; -- einfache Sichten sind aktualisierbar
-- die Sicht in einer späteren Migration löschen, sobald kein Code %1 mehr nutzt.</translation>
    </message>
    <message>
        <source>%1 lets %2 hold NULL: code that assumes a value (the version still deployed, reports, other services) breaks on the first NULL written</source>
        <translation>%1 erlaubt NULL in %2: Code, der einen Wert voraussetzt (die noch ausgelieferte Version, Berichte, andere Dienste), bricht beim ersten geschriebenen NULL</translation>
    </message>
    <message>
        <source>Ship readers that handle NULL before the migration that allows it (or keep a DEFAULT so writers need not change).</source>
        <translation>Liefern Sie Leser, die NULL verkraften, vor der Migration aus, die es erlaubt (oder behalten Sie einen DEFAULT, damit Schreiber nichts ändern müssen).</translation>
    </message>
    <message>
        <source>During a deploy the previous version of the application keeps running against the new schema until every instance is replaced.</source>
        <translation>Während eines Deployments läuft die vorige Version der Anwendung gegen das neue Schema weiter, bis jede Instanz ersetzt ist.</translation>
    </message>
    <message>
        <source>Column dropped while code may still use it</source>
        <translation>Spalte gelöscht, während Code sie noch nutzen kann</translation>
    </message>
    <message>
        <source>Dropping a column it reads or writes makes it fail; the data is gone too.</source>
        <translation>Eine Spalte zu löschen, die sie liest oder schreibt, lässt sie scheitern; die Daten sind auch weg.</translation>
    </message>
    <message>
        <source>Deploy code that ignores the column first; drop it in a later migration.</source>
        <translation>Zuerst Code ausliefern, der die Spalte ignoriert; in einer späteren Migration löschen.</translation>
    </message>
    <message>
        <source>Table dropped while code may still use it</source>
        <translation>Tabelle gelöscht, während Code sie noch nutzen kann</translation>
    </message>
    <message>
        <source>Dropping a table it uses makes it fail, and the rows cannot be restored by rolling the migration back.</source>
        <translation>Eine Tabelle zu löschen, die sie nutzt, lässt sie scheitern, und die Zeilen lassen sich durch Zurückrollen der Migration nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Deploy code that no longer uses the table first; keep a backup; drop later.</source>
        <translation>Zuerst Code ausliefern, der die Tabelle nicht mehr nutzt; eine Sicherung behalten; später löschen.</translation>
    </message>
    <message>
        <source>Column renamed in place</source>
        <translation>Spalte an Ort und Stelle umbenannt</translation>
    </message>
    <message>
        <source>Renaming a column breaks every query that uses the old name.</source>
        <translation>Eine Spalte umzubenennen bricht jede Abfrage, die den alten Namen nutzt.</translation>
    </message>
    <message>
        <source>Add the new column, write both, backfill, switch readers, drop the old one.</source>
        <translation>Neue Spalte anlegen, beide schreiben, befüllen, Leser umstellen, alte löschen.</translation>
    </message>
    <message>
        <source>Table renamed in place</source>
        <translation>Tabelle an Ort und Stelle umbenannt</translation>
    </message>
    <message>
        <source>Renaming a table breaks every query that uses the old name.</source>
        <translation>Eine Tabelle umzubenennen bricht jede Abfrage, die den alten Namen nutzt.</translation>
    </message>
    <message>
        <source>Rename and keep a view under the old name until no code uses it.</source>
        <translation>Umbenennen und eine Sicht unter dem alten Namen behalten, bis kein Code ihn mehr nutzt.</translation>
    </message>
    <message>
        <source>NOT NULL dropped from a column in use</source>
        <translation>NOT NULL von einer genutzten Spalte entfernt</translation>
    </message>
    <message>
        <source>Code written for a required column assumes a value; the first NULL breaks it.</source>
        <translation>Code für eine Pflichtspalte setzt einen Wert voraus; das erste NULL bricht ihn.</translation>
    </message>
    <message>
        <source>Make every reader handle NULL before allowing it.</source>
        <translation>Sorgen Sie dafür, dass jeder Leser NULL verkraftet, bevor Sie es erlauben.</translation>
    </message>
    <message>
        <source>foreign key on %1 (%2)</source>
        <translation>Fremdschlüssel auf %1 (%2)</translation>
    </message>
    <message>
        <source>CHECK on %1 (%2)</source>
        <translation>CHECK auf %1 (%2)</translation>
    </message>
    <message>
        <source>foreign key %1 on %2</source>
        <translation>Fremdschlüssel %1 auf %2</translation>
    </message>
    <message>
        <source>CHECK %1 on %2</source>
        <translation>CHECK %1 auf %2</translation>
    </message>
    <message>
        <source>%1 adds %2 to existing tables and validates at once: every row is checked while writes wait (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key)</source>
        <translation>%1 fügt bestehenden Tabellen %2 hinzu und prüft sofort: jede Zeile wird geprüft, während Schreibzugriffe warten (ACCESS EXCLUSIVE für einen CHECK, SHARE ROW EXCLUSIVE auf beiden Tabellen für einen Fremdschlüssel)</translation>
    </message>
    <message>
        <source>-- Add it without checking existing rows, then validate without blocking writes (in a separate transaction):
ALTER TABLE %1 ADD CONSTRAINT %2 … NOT VALID;
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</source>
        <translation>-- Ohne Prüfung bestehender Zeilen hinzufügen, dann ohne Blockieren der Schreiber prüfen (in einer eigenen Transaktion):
ALTER TABLE %1 ADD CONSTRAINT %2 … NOT VALID;
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</translation>
    </message>
    <message>
        <source>%1 validates %2 on %3 in the same transaction that added it NOT VALID (line %4): the lock taken by the ADD is still held while every row is checked</source>
        <translation>%1 prüft %2 auf %3 in derselben Transaktion, die ihn mit NOT VALID hinzugefügt hat (Zeile %4): die Sperre des ADD wird noch gehalten, während jede Zeile geprüft wird</translation>
    </message>
    <message>
        <source>-- Commit between the two steps, e.g. VALIDATE in the next migration:
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</source>
        <translation>-- Zwischen den beiden Schritten committen, z. B. VALIDATE in der nächsten Migration:
ALTER TABLE %1 VALIDATE CONSTRAINT %2;</translation>
    </message>
    <message>
        <source>%1 sets %2 NOT NULL: PostgreSQL scans each table under an ACCESS EXCLUSIVE lock, blocking reads and writes</source>
        <translation>%1 setzt %2 auf NOT NULL: PostgreSQL durchsucht jede Tabelle unter einer ACCESS-EXCLUSIVE-Sperre und blockiert Lesen und Schreiben</translation>
    </message>
    <message>
        <source>-- Prove it with a validated CHECK first (PostgreSQL 12+ then skips the scan):
ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;
-- next migration (or after COMMIT):
ALTER TABLE %1 VALIDATE CONSTRAINT %3;
ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;
ALTER TABLE %1 DROP CONSTRAINT %3;</source>
        <translation>-- Zuerst mit einem geprüften CHECK belegen (PostgreSQL 12+ überspringt dann die Suche):
ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;
-- nächste Migration (oder nach COMMIT):
ALTER TABLE %1 VALIDATE CONSTRAINT %3;
ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;
ALTER TABLE %1 DROP CONSTRAINT %3;</translation>
    </message>
    <message>
        <source>-- Before PostgreSQL 12 SET NOT NULL always scans: keep a validated CHECK (%2 IS NOT NULL) instead:
ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</source>
        <translation>-- Vor PostgreSQL 12 durchsucht SET NOT NULL immer die Tabelle: stattdessen einen geprüften CHECK (%2 IS NOT NULL) behalten:
ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</translation>
    </message>
    <message>
        <source>a stored generated column is computed for every row</source>
        <translation>eine gespeicherte generierte Spalte wird für jede Zeile berechnet</translation>
    </message>
    <message>
        <source>a serial column takes a new sequence value for every row</source>
        <translation>eine serial-Spalte nimmt für jede Zeile einen neuen Sequenzwert</translation>
    </message>
    <message>
        <source>its default is volatile, so every row gets its own value</source>
        <translation>ihr Standardwert ist volatil, also bekommt jede Zeile ihren eigenen Wert</translation>
    </message>
    <message>
        <source>before PostgreSQL 11 any default is written into every row</source>
        <translation>vor PostgreSQL 11 wird jeder Standardwert in jede Zeile geschrieben</translation>
    </message>
    <message>
        <source>%1 adds %2 to existing tables and rewrites them: %3, under an ACCESS EXCLUSIVE lock that blocks reads and writes</source>
        <translation>%1 fügt bestehenden Tabellen %2 hinzu und schreibt sie neu: %3, unter einer ACCESS-EXCLUSIVE-Sperre, die Lesen und Schreiben blockiert</translation>
    </message>
    <message>
        <source>-- Add it without a default, set the default for new rows, then backfill old rows in batches:
ALTER TABLE %1 ADD COLUMN %2 %3;
ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT /* expression */;
UPDATE %1 SET %2 = /* expression */ WHERE %2 IS NULL /* AND id BETWEEN … */;</source>
        <translation>-- Ohne Standardwert hinzufügen, den Standardwert für neue Zeilen setzen, dann alte Zeilen in Portionen befüllen:
ALTER TABLE %1 ADD COLUMN %2 %3;
ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT /* Ausdruck */;
UPDATE %1 SET %2 = /* Ausdruck */ WHERE %2 IS NULL /* AND id BETWEEN … */;</translation>
    </message>
    <message>
        <source>%1 adds %2 to existing tables: each index is built under an ACCESS EXCLUSIVE lock that blocks reads and writes until done</source>
        <translation>%1 fügt bestehenden Tabellen %2 hinzu: jeder Index wird unter einer ACCESS-EXCLUSIVE-Sperre gebaut, die Lesen und Schreiben bis zum Ende blockiert</translation>
    </message>
    <message>
        <source>An exclusion constraint cannot be built concurrently: add it while %1 is small, or in a maintenance window.</source>
        <translation>Ein Exclusion-Constraint lässt sich nicht nebenläufig bauen: fügen Sie ihn hinzu, solange %1 klein ist, oder in einem Wartungsfenster.</translation>
    </message>
    <message>
        <source>-- Build the index without blocking writes, then attach it:
CREATE UNIQUE INDEX CONCURRENTLY %2_idx ON %1 (%3);
ALTER TABLE %1 ADD CONSTRAINT %2 %4 USING INDEX %2_idx;</source>
        <translation>-- Den Index ohne Blockieren der Schreiber bauen, dann anhängen:
CREATE UNIQUE INDEX CONCURRENTLY %2_idx ON %1 (%3);
ALTER TABLE %1 ADD CONSTRAINT %2 %4 USING INDEX %2_idx;</translation>
    </message>
    <message>
        <source>%1 drops %2 without CONCURRENTLY: each waits for an ACCESS EXCLUSIVE lock, and every query on the table queues behind it</source>
        <translation>%1 löscht %2 ohne CONCURRENTLY: jedes Löschen wartet auf eine ACCESS-EXCLUSIVE-Sperre, und jede Abfrage auf der Tabelle reiht sich dahinter ein</translation>
    </message>
    <message>
        <source>%1 rebuilds indexes of %2 without CONCURRENTLY: writes wait, and queries that use an index being rebuilt block, until it is done</source>
        <translation>%1 baut Indizes von %2 ohne CONCURRENTLY neu: Schreibzugriffe warten, und Abfragen, die einen gerade neu gebauten Index nutzen, blockieren, bis er fertig ist</translation>
    </message>
    <message>
        <source>-- REINDEX CONCURRENTLY needs PostgreSQL 12; before it, build a new index CONCURRENTLY and swap, or use pg_repack.
</source>
        <translation>-- REINDEX CONCURRENTLY braucht PostgreSQL 12; davor einen neuen Index CONCURRENTLY bauen und tauschen, oder pg_repack nutzen.
</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 detaches %2 without CONCURRENTLY: the partitioned table is locked ACCESS EXCLUSIVE, blocking every query on it</source>
        <translation>%1 löst %2 ohne CONCURRENTLY: die partitionierte Tabelle wird ACCESS EXCLUSIVE gesperrt und blockiert jede Abfrage auf ihr</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>jede Tabelle</translation>
    </message>
    <message>
        <source>%1 runs %2 on %3: the table is rewritten under an ACCESS EXCLUSIVE lock that blocks reads and writes until it is done</source>
        <translation>%1 führt %2 auf %3 aus: die Tabelle wird unter einer ACCESS-EXCLUSIVE-Sperre neu geschrieben, die Lesen und Schreiben bis zum Ende blockiert</translation>
    </message>
    <message>
        <source>REPACK (CONCURRENTLY) %1;</source>
        <translation>REPACK (CONCURRENTLY) %1;</translation>
    </message>
    <message>
        <source>-- Rewrite it online with the pg_repack extension instead (outside the migration):
-- pg_repack --table=%1 &lt;database&gt;</source>
        <translation>-- Stattdessen online mit der Erweiterung pg_repack neu schreiben (außerhalb der Migration):
-- pg_repack --table=%1 &lt;Datenbank&gt;</translation>
    </message>
    <message>
        <source>%1 locks existing table %2 (%3) without setting %4: if the lock has to wait, every query on %2 queues behind the migration</source>
        <translation>%1 sperrt die bestehende Tabelle %2 (%3), ohne %4 zu setzen: muss die Sperre warten, reiht sich jede Abfrage auf %2 hinter der Migration ein</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 migrations lock existing tables without setting %2 (latest: %3): if a lock has to wait, every query on the table queues behind the migration</source>
        <translation>%1 Migrationen sperren bestehende Tabellen, ohne %2 zu setzen (zuletzt: %3): muss eine Sperre warten, reiht sich jede Abfrage auf der Tabelle hinter der Migration ein</translation>
    </message>
    <message>
        <source>-- At the top of each migration that alters busy tables (or in the tool&apos;s connection settings):
SET lock_timeout = &apos;5s&apos;;
SET statement_timeout = &apos;15min&apos;;
-- and retry the migration when it times out.</source>
        <translation>-- Am Anfang jeder Migration, die belebte Tabellen ändert (oder in den Verbindungseinstellungen des Werkzeugs):
SET lock_timeout = &apos;5s&apos;;
SET statement_timeout = &apos;15min&apos;;
-- und die Migration bei einem Timeout wiederholen.</translation>
    </message>
    <message>
        <source>Foreign key or CHECK added and validated at once</source>
        <translation>Fremdschlüssel oder CHECK hinzugefügt und sofort geprüft</translation>
    </message>
    <message>
        <source>Adding a foreign key or CHECK to a table that has rows checks every row while holding a lock that blocks writes (ACCESS EXCLUSIVE for a CHECK, SHARE ROW EXCLUSIVE on both tables for a foreign key). NOT VALID adds it for new rows only; VALIDATE CONSTRAINT then checks old rows without blocking writes — in a later transaction, or the ADD&apos;s lock is still held.</source>
        <translation>Einen Fremdschlüssel oder CHECK zu einer Tabelle mit Zeilen hinzuzufügen prüft jede Zeile, während eine Sperre gehalten wird, die Schreibzugriffe blockiert (ACCESS EXCLUSIVE für einen CHECK, SHARE ROW EXCLUSIVE auf beiden Tabellen für einen Fremdschlüssel). NOT VALID fügt ihn nur für neue Zeilen hinzu; VALIDATE CONSTRAINT prüft dann die alten Zeilen, ohne Schreiber zu blockieren — in einer späteren Transaktion, sonst wird die Sperre des ADD noch gehalten.</translation>
    </message>
    <message>
        <source>ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a separate transaction.</source>
        <translation>ADD CONSTRAINT … NOT VALID, dann VALIDATE CONSTRAINT in einer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>SET NOT NULL scans a busy table</source>
        <translation>SET NOT NULL durchsucht eine belebte Tabelle</translation>
    </message>
    <message>
        <source>ALTER COLUMN … SET NOT NULL checks every row under an ACCESS EXCLUSIVE lock. From PostgreSQL 12 a validated CHECK (column IS NOT NULL) lets it skip the scan.</source>
        <translation>ALTER COLUMN … SET NOT NULL prüft jede Zeile unter einer ACCESS-EXCLUSIVE-Sperre. Ab PostgreSQL 12 lässt ein geprüfter CHECK (Spalte IS NOT NULL) die Suche entfallen.</translation>
    </message>
    <message>
        <source>Add CHECK (column IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL and drop the CHECK.</source>
        <translation>CHECK (Spalte IS NOT NULL) NOT VALID hinzufügen, mit VALIDATE prüfen, dann SET NOT NULL und den CHECK löschen.</translation>
    </message>
    <message>
        <source>Column added with a default that rewrites the table</source>
        <translation>Spalte mit einem Standardwert hinzugefügt, der die Tabelle neu schreibt</translation>
    </message>
    <message>
        <source>Since PostgreSQL 11 a column with a constant default is added instantly; a volatile default (random(), gen_random_uuid(), clock_timestamp(), a serial or identity), a stored generated column, or any default before PostgreSQL 11 rewrites every row under an ACCESS EXCLUSIVE lock.</source>
        <translation>Seit PostgreSQL 11 wird eine Spalte mit konstantem Standardwert sofort hinzugefügt; ein volatiler Standardwert (random(), gen_random_uuid(), clock_timestamp(), serial oder Identity), eine gespeicherte generierte Spalte oder vor PostgreSQL 11 jeder Standardwert schreibt jede Zeile unter einer ACCESS-EXCLUSIVE-Sperre neu.</translation>
    </message>
    <message>
        <source>Add the column without a default, set the default, backfill in batches.</source>
        <translation>Spalte ohne Standardwert hinzufügen, den Standardwert setzen, in Portionen befüllen.</translation>
    </message>
    <message>
        <source>Primary key or unique constraint built under a full lock</source>
        <translation>Primärschlüssel oder Unique-Constraint unter voller Sperre gebaut</translation>
    </message>
    <message>
        <source>ADD PRIMARY KEY / UNIQUE builds its index while holding an ACCESS EXCLUSIVE lock: reads and writes stop until the index is built. Building the index CONCURRENTLY first and attaching it with USING INDEX avoids that.</source>
        <translation>ADD PRIMARY KEY / UNIQUE baut seinen Index, während eine ACCESS-EXCLUSIVE-Sperre gehalten wird: Lesen und Schreiben stehen, bis der Index gebaut ist. Den Index zuerst CONCURRENTLY zu bauen und mit USING INDEX anzuhängen vermeidet das.</translation>
    </message>
    <message>
        <source>CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX.</source>
        <translation>CREATE UNIQUE INDEX CONCURRENTLY, dann ADD CONSTRAINT … USING INDEX.</translation>
    </message>
    <message>
        <source>Index dropped without CONCURRENTLY</source>
        <translation>Index ohne CONCURRENTLY gelöscht</translation>
    </message>
    <message>
        <source>DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; while it waits for running queries, every new query on the table waits behind it. DROP INDEX CONCURRENTLY does not block them.</source>
        <translation>DROP INDEX nimmt eine ACCESS-EXCLUSIVE-Sperre auf die Tabelle; während es auf laufende Abfragen wartet, wartet jede neue Abfrage auf der Tabelle dahinter. DROP INDEX CONCURRENTLY blockiert sie nicht.</translation>
    </message>
    <message>
        <source>DROP INDEX CONCURRENTLY, outside a transaction.</source>
        <translation>DROP INDEX CONCURRENTLY, außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <source>REINDEX without CONCURRENTLY</source>
        <translation>REINDEX ohne CONCURRENTLY</translation>
    </message>
    <message>
        <source>REINDEX blocks writes to the table and queries that use the index until the rebuild is done. REINDEX CONCURRENTLY (PostgreSQL 12+) does not.</source>
        <translation>REINDEX blockiert Schreibzugriffe auf die Tabelle und Abfragen, die den Index nutzen, bis der Neubau fertig ist. REINDEX CONCURRENTLY (PostgreSQL 12+) tut das nicht.</translation>
    </message>
    <message>
        <source>REINDEX … CONCURRENTLY, outside a transaction.</source>
        <translation>REINDEX … CONCURRENTLY, außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <source>Partition detached without CONCURRENTLY</source>
        <translation>Partition ohne CONCURRENTLY gelöst</translation>
    </message>
    <message>
        <source>DETACH PARTITION locks the partitioned table ACCESS EXCLUSIVE; from PostgreSQL 14, DETACH PARTITION … CONCURRENTLY needs only SHARE UPDATE EXCLUSIVE.</source>
        <translation>DETACH PARTITION sperrt die partitionierte Tabelle ACCESS EXCLUSIVE; ab PostgreSQL 14 braucht DETACH PARTITION … CONCURRENTLY nur SHARE UPDATE EXCLUSIVE.</translation>
    </message>
    <message>
        <source>ALTER TABLE … DETACH PARTITION … CONCURRENTLY, outside a transaction.</source>
        <translation>ALTER TABLE … DETACH PARTITION … CONCURRENTLY, außerhalb einer Transaktion.</translation>
    </message>
    <message>
        <source>VACUUM FULL or CLUSTER in a migration</source>
        <translation>VACUUM FULL oder CLUSTER in einer Migration</translation>
    </message>
    <message>
        <source>VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: the table is unavailable until they finish. pg_repack (or REPACK CONCURRENTLY from PostgreSQL 19) does the same online.</source>
        <translation>VACUUM FULL und CLUSTER schreiben die ganze Tabelle unter einer ACCESS-EXCLUSIVE-Sperre neu: die Tabelle ist bis zum Ende nicht verfügbar. pg_repack (oder REPACK CONCURRENTLY ab PostgreSQL 19) tut dasselbe online.</translation>
    </message>
    <message>
        <source>Use pg_repack outside the migration.</source>
        <translation>pg_repack außerhalb der Migration nutzen.</translation>
    </message>
    <message>
        <source>Migrations lock busy tables without lock_timeout</source>
        <translation>Migrationen sperren belebte Tabellen ohne lock_timeout</translation>
    </message>
    <message>
        <source>A DDL statement that waits for its lock (behind a long query or an autovacuum) makes every later query on the table wait behind it: a short migration becomes an outage. lock_timeout makes it fail fast and retry; statement_timeout bounds how long it may run.</source>
        <translation>Eine DDL-Anweisung, die auf ihre Sperre wartet (hinter einer langen Abfrage oder einem Autovacuum), lässt jede spätere Abfrage auf der Tabelle dahinter warten: aus einer kurzen Migration wird ein Ausfall. lock_timeout lässt sie schnell scheitern und wiederholen; statement_timeout begrenzt, wie lange sie laufen darf.</translation>
    </message>
    <message>
        <source>SET lock_timeout and statement_timeout at the top of such migrations (or in the tool&apos;s connection settings).</source>
        <translation>lock_timeout und statement_timeout am Anfang solcher Migrationen setzen (oder in den Verbindungseinstellungen des Werkzeugs).</translation>
    </message>
    <message>
        <source>%1 (becomes %2)</source>
        <translation>%1 (wird zu %2)</translation>
    </message>
    <message>
        <source>%1 writes identifiers longer than 63 bytes, which PostgreSQL cuts silently: %2</source>
        <translation>%1 schreibt Bezeichner, die länger als 63 Bytes sind und die PostgreSQL stillschweigend kürzt: %2</translation>
    </message>
    <message>
        <source>Use names of at most 63 bytes, so that the name in the code is the name in the database (two long names may also collide after the cut).</source>
        <translation>Nutzen Sie Namen von höchstens 63 Bytes, damit der Name im Code der Name in der Datenbank ist (zwei lange Namen können nach dem Kürzen auch zusammenfallen).</translation>
    </message>
    <message>
        <source>%1 truncates %2 with CASCADE: every table whose foreign keys reach it is emptied too, including ones added later</source>
        <translation>%1 leert %2 mit CASCADE: jede Tabelle, deren Fremdschlüssel sie erreichen, wird mitgeleert, auch später hinzugekommene</translation>
    </message>
    <message>
        <source>%1 truncates %2 with CASCADE, which also empties %3</source>
        <translation>%1 leert %2 mit CASCADE, was auch %3 leert</translation>
    </message>
    <message>
        <source>Name every table to empty: TRUNCATE %1; (without CASCADE it fails instead of emptying tables nobody meant).</source>
        <translation>Nennen Sie jede zu leerende Tabelle: TRUNCATE %1; (ohne CASCADE scheitert es, statt ungewollt Tabellen zu leeren).</translation>
    </message>
    <message>
        <source>%1 puts CHECK constraints on domains %2: changing them later revalidates every column of those types at once</source>
        <translation>%1 legt CHECK-Constraints auf die Domänen %2: sie später zu ändern prüft jede Spalte dieser Typen auf einmal neu</translation>
    </message>
    <message>
        <source>%1 creates domain %2 with a CHECK: changing that check later revalidates every column of the domain, and PostgreSQL may rewrite tables to convert to it</source>
        <translation>%1 legt die Domäne %2 mit einem CHECK an: diesen CHECK später zu ändern prüft jede Spalte der Domäne neu, und die Umwandlung in sie kann Tabellen neu schreiben</translation>
    </message>
    <message>
        <source>%1 adds a constraint to domain %2: every column of that type in every table is checked while locked</source>
        <translation>%1 fügt der Domäne %2 einen Constraint hinzu: jede Spalte dieses Typs in jeder Tabelle wird gesperrt geprüft</translation>
    </message>
    <message>
        <source>Put the CHECK on the columns (ADD CONSTRAINT … NOT VALID, then VALIDATE), where it can be changed one table at a time.</source>
        <translation>Legen Sie den CHECK auf die Spalten (ADD CONSTRAINT … NOT VALID, dann VALIDATE), wo er sich Tabelle für Tabelle ändern lässt.</translation>
    </message>
    <message>
        <source>%1 runs without a transaction and %2 of its statements fail when run twice (lines %3): if it stops half-way, the retry stops on what the first attempt already did</source>
        <translation>%1 läuft ohne Transaktion, und %2 ihrer Anweisungen scheitern beim zweiten Lauf (Zeilen %3): bricht sie mittendrin ab, bleibt die Wiederholung an dem hängen, was der erste Versuch schon getan hat</translation>
    </message>
    <message>
        <source>-- Make each step safe to repeat:
CREATE TABLE IF NOT EXISTS …; CREATE INDEX CONCURRENTLY IF NOT EXISTS …;
ALTER TABLE … ADD COLUMN IF NOT EXISTS …; DROP … IF EXISTS …;
ALTER TABLE … DROP CONSTRAINT IF EXISTS c; ALTER TABLE … ADD CONSTRAINT c …;
-- or let the tool run the file in a transaction when nothing in it needs CONCURRENTLY.</source>
        <translation>-- Jeden Schritt wiederholbar machen:
CREATE TABLE IF NOT EXISTS …; CREATE INDEX CONCURRENTLY IF NOT EXISTS …;
ALTER TABLE … ADD COLUMN IF NOT EXISTS …; DROP … IF EXISTS …;
ALTER TABLE … DROP CONSTRAINT IF EXISTS c; ALTER TABLE … ADD CONSTRAINT c …;
-- oder das Werkzeug die Datei in einer Transaktion ausführen lassen, wenn nichts darin CONCURRENTLY braucht.</translation>
    </message>
    <message>
        <source>%1 appends %2 to enum %3 without BEFORE or AFTER: comparisons and ORDER BY put them last</source>
        <translation>%1 hängt %2 ohne BEFORE oder AFTER an den Enum %3 an: Vergleiche und ORDER BY stellen sie ans Ende</translation>
    </message>
    <message>
        <source>State where each belongs: ALTER TYPE %1 ADD VALUE &apos;%2&apos; BEFORE &apos;…&apos;; (or AFTER &apos;…&apos;).</source>
        <translation>Geben Sie an, wohin jeder gehört: ALTER TYPE %1 ADD VALUE &apos;%2&apos; BEFORE &apos;…&apos;; (oder AFTER &apos;…&apos;).</translation>
    </message>
    <message>
        <source>%1 appends &apos;%2&apos; to enum %3 without BEFORE or AFTER: comparisons and ORDER BY on %3 put it last</source>
        <translation>%1 hängt &apos;%2&apos; ohne BEFORE oder AFTER an den Enum %3 an: Vergleiche und ORDER BY auf %3 stellen es ans Ende</translation>
    </message>
    <message>
        <source>%1 appends &apos;%2&apos; to enum %3 without BEFORE or AFTER: it sorts after &apos;%4&apos;, and comparisons such as &lt; &apos;%4&apos; leave it out</source>
        <translation>%1 hängt &apos;%2&apos; ohne BEFORE oder AFTER an den Enum %3 an: es sortiert nach &apos;%4&apos;, und Vergleiche wie &lt; &apos;%4&apos; lassen es aus</translation>
    </message>
    <message>
        <source>State where it belongs: ALTER TYPE %1 ADD VALUE &apos;%2&apos; BEFORE &apos;…&apos;; (or AFTER &apos;…&apos;).</source>
        <translation>Geben Sie an, wohin er gehört: ALTER TYPE %1 ADD VALUE &apos;%2&apos; BEFORE &apos;…&apos;; (oder AFTER &apos;…&apos;).</translation>
    </message>
    <message>
        <source>%1 names table %2 without its schema: which table it means depends on the search_path of the session that runs it</source>
        <translation>%1 nennt die Tabelle %2 ohne ihr Schema: welche Tabelle gemeint ist, hängt vom search_path der ausführenden Sitzung ab</translation>
    </message>
    <message>
        <source>Qualify the name: %1.%2</source>
        <translation>Namen qualifizieren: %1.%2</translation>
    </message>
    <message>
        <source>%1 drops database %2: everything in it is gone</source>
        <translation>%1 löscht die Datenbank %2: alles darin ist weg</translation>
    </message>
    <message>
        <source>Remove it from the migration; drop databases by hand, after a backup.</source>
        <translation>Aus der Migration entfernen; Datenbanken von Hand löschen, nach einer Sicherung.</translation>
    </message>
    <message>
        <source>Identifier longer than 63 bytes</source>
        <translation>Bezeichner länger als 63 Bytes</translation>
    </message>
    <message>
        <source>PostgreSQL keeps the first 63 bytes of a name and only prints a NOTICE: the table or index then has another name than the code uses, and two long names may become the same.</source>
        <translation>PostgreSQL behält die ersten 63 Bytes eines Namens und gibt nur eine NOTICE aus: die Tabelle oder der Index heißt dann anders, als der Code annimmt, und zwei lange Namen können gleich werden.</translation>
    </message>
    <message>
        <source>Shorten the name to 63 bytes or less.</source>
        <translation>Kürzen Sie den Namen auf höchstens 63 Bytes.</translation>
    </message>
    <message>
        <source>TRUNCATE … CASCADE</source>
        <translation>TRUNCATE … CASCADE</translation>
    </message>
    <message>
        <source>CASCADE also empties every table whose foreign keys reference the truncated ones, and the tables that reference those: more data than the statement names.</source>
        <translation>CASCADE leert auch jede Tabelle, deren Fremdschlüssel auf die geleerten verweisen, und die Tabellen, die auf jene verweisen: mehr Daten, als die Anweisung nennt.</translation>
    </message>
    <message>
        <source>List the tables to empty explicitly.</source>
        <translation>Die zu leerenden Tabellen ausdrücklich aufzählen.</translation>
    </message>
    <message>
        <source>CHECK constraint on a domain</source>
        <translation>CHECK-Constraint auf einer Domäne</translation>
    </message>
    <message>
        <source>A domain&apos;s CHECK applies to every column of that type: changing it later revalidates all of them at once, and converting a column to a domain with a constraint rewrites the table. Constraints on the columns can be changed one table at a time, online.</source>
        <translation>Der CHECK einer Domäne gilt für jede Spalte dieses Typs: ihn später zu ändern prüft alle auf einmal neu, und eine Spalte in eine Domäne mit Constraint umzuwandeln schreibt die Tabelle neu. Constraints auf den Spalten lassen sich Tabelle für Tabelle online ändern.</translation>
    </message>
    <message>
        <source>Put the CHECK on the columns instead of the domain.</source>
        <translation>Den CHECK auf die Spalten statt auf die Domäne legen.</translation>
    </message>
    <message>
        <source>Migration without a transaction cannot be retried</source>
        <translation>Migration ohne Transaktion lässt sich nicht wiederholen</translation>
    </message>
    <message>
        <source>A migration that runs outside a transaction (because it needs CONCURRENTLY, or because its tool runs statements one by one) can stop half-way; its retry then fails on the statements the first attempt already applied unless each uses IF [NOT] EXISTS.</source>
        <translation>Eine Migration, die ohne Transaktion läuft (weil sie CONCURRENTLY braucht oder ihr Werkzeug Anweisungen einzeln ausführt), kann mittendrin abbrechen; ihre Wiederholung scheitert dann an den Anweisungen, die der erste Versuch schon angewendet hat, sofern nicht jede IF [NOT] EXISTS nutzt.</translation>
    </message>
    <message>
        <source>Use IF [NOT] EXISTS on every step, or run the file in a transaction.</source>
        <translation>IF [NOT] EXISTS bei jedem Schritt nutzen oder die Datei in einer Transaktion ausführen.</translation>
    </message>
    <message>
        <source>Enum value appended without a position</source>
        <translation>Enum-Wert ohne Position angehängt</translation>
    </message>
    <message>
        <source>ALTER TYPE … ADD VALUE without BEFORE or AFTER puts the value last; enums compare and sort by that order, so queries such as status &lt; &apos;approved&apos; miss it when it belongs earlier. Off by default: most enums (kinds, roles, categories) have no meaningful order, and appending is then right.</source>
        <translation>ALTER TYPE … ADD VALUE ohne BEFORE oder AFTER stellt den Wert ans Ende; Enums vergleichen und sortieren nach dieser Reihenfolge, daher verfehlen Abfragen wie status &lt; &apos;approved&apos; ihn, wenn er weiter vorne hingehört. Standardmäßig aus: die meisten Enums (Arten, Rollen, Kategorien) haben keine bedeutsame Reihenfolge, und Anhängen ist dann richtig.</translation>
    </message>
    <message>
        <source>Add the value BEFORE or AFTER the value it follows.</source>
        <translation>Den Wert mit BEFORE oder AFTER neben den Wert stellen, dem er folgt.</translation>
    </message>
    <message>
        <source>Table named without its schema</source>
        <translation>Tabelle ohne ihr Schema genannt</translation>
    </message>
    <message>
        <source>Without a schema the table a statement changes depends on the session&apos;s search_path. Off by default; turn it on for databases with several schemas.</source>
        <translation>Ohne Schema hängt die Tabelle, die eine Anweisung ändert, vom search_path der Sitzung ab. Standardmäßig aus; für Datenbanken mit mehreren Schemas einschalten.</translation>
    </message>
    <message>
        <source>Write schema.table.</source>
        <translation>Schema.Tabelle schreiben.</translation>
    </message>
    <message>
        <source>DROP DATABASE in a migration</source>
        <translation>DROP DATABASE in einer Migration</translation>
    </message>
    <message>
        <source>A migration that drops a database destroys everything in it; no deploy should do that.</source>
        <translation>Eine Migration, die eine Datenbank löscht, vernichtet alles darin; kein Deployment sollte das tun.</translation>
    </message>
    <message>
        <source>Remove it from the migrations.</source>
        <translation>Aus den Migrationen entfernen.</translation>
    </message>
    <message>
        <source>%1 opens a transaction (line %2) that it never commits or rolls back: when the session ends, PostgreSQL rolls back everything since that BEGIN</source>
        <translation>%1 öffnet eine Transaktion (Zeile %2), die sie nie committet oder zurückrollt: endet die Sitzung, rollt PostgreSQL alles seit diesem BEGIN zurück</translation>
    </message>
    <message>
        <source>End the file with COMMIT; (or drop the BEGIN when the tool runs the file in a transaction).</source>
        <translation>Die Datei mit COMMIT; beenden (oder das BEGIN weglassen, wenn das Werkzeug die Datei in einer Transaktion ausführt).</translation>
    </message>
    <message>
        <source>%1 opens a transaction inside its own open transaction (line %2): PostgreSQL only warns, and the first COMMIT ends both</source>
        <translation>%1 öffnet eine Transaktion innerhalb ihrer eigenen offenen Transaktion (Zeile %2): PostgreSQL warnt nur, und das erste COMMIT beendet beide</translation>
    </message>
    <message>
        <source>Remove the inner BEGIN (use SAVEPOINT for a nested step).</source>
        <translation>Das innere BEGIN entfernen (für einen verschachtelten Schritt SAVEPOINT nutzen).</translation>
    </message>
    <message>
        <source>%1 opens a transaction although %2 (line %3): PostgreSQL only warns, and the file&apos;s COMMIT then ends the tool&apos;s transaction early</source>
        <translation>%1 öffnet eine Transaktion, obwohl %2 (Zeile %3): PostgreSQL warnt nur, und das COMMIT der Datei beendet dann die Transaktion des Werkzeugs vorzeitig</translation>
    </message>
    <message>
        <source>Remove BEGIN and COMMIT from the file: the tool already runs it in a transaction.</source>
        <translation>BEGIN und COMMIT aus der Datei entfernen: das Werkzeug führt sie bereits in einer Transaktion aus.</translation>
    </message>
    <message>
        <source>%1 commits the transaction the tool opened (%2, line %3): what follows runs without a transaction and the tool&apos;s own COMMIT finds none</source>
        <translation>%1 committet die Transaktion, die das Werkzeug geöffnet hat (%2, Zeile %3): was folgt, läuft ohne Transaktion, und das eigene COMMIT des Werkzeugs findet keine</translation>
    </message>
    <message>
        <source>Remove COMMIT/ROLLBACK from the file, or turn the tool&apos;s transaction off for this migration.</source>
        <translation>COMMIT/ROLLBACK aus der Datei entfernen oder die Transaktion des Werkzeugs für diese Migration abschalten.</translation>
    </message>
    <message>
        <source>%1 ends a transaction that is not open (line %2): PostgreSQL warns that there is no transaction in progress</source>
        <translation>%1 beendet eine Transaktion, die nicht offen ist (Zeile %2): PostgreSQL warnt, dass keine Transaktion läuft</translation>
    </message>
    <message>
        <source>Remove the extra COMMIT/ROLLBACK, or add the BEGIN it belongs to.</source>
        <translation>Das überzählige COMMIT/ROLLBACK entfernen oder das zugehörige BEGIN ergänzen.</translation>
    </message>
    <message>
        <source>Transaction opened and never committed</source>
        <translation>Transaktion geöffnet und nie committet</translation>
    </message>
    <message>
        <source>A migration that says BEGIN and never COMMIT leaves its changes uncommitted: when the tool&apos;s session ends they are rolled back, while the tool may record the migration as applied.</source>
        <translation>Eine Migration, die BEGIN sagt und nie COMMIT, lässt ihre Änderungen uncommittet: endet die Sitzung des Werkzeugs, werden sie zurückgerollt, während das Werkzeug die Migration womöglich als angewendet einträgt.</translation>
    </message>
    <message>
        <source>Add COMMIT at the end of the file.</source>
        <translation>COMMIT am Ende der Datei ergänzen.</translation>
    </message>
    <message>
        <source>BEGIN or COMMIT inside a transaction already open</source>
        <translation>BEGIN oder COMMIT in einer bereits offenen Transaktion</translation>
    </message>
    <message>
        <source>PostgreSQL has no nested transactions: a BEGIN inside an open one only warns, and the first COMMIT ends it — including the transaction the migration tool opened, so the rest of the file runs without one.</source>
        <translation>PostgreSQL hat keine verschachtelten Transaktionen: ein BEGIN in einer offenen warnt nur, und das erste COMMIT beendet sie — auch die Transaktion, die das Migrationswerkzeug geöffnet hat, sodass der Rest der Datei ohne läuft.</translation>
    </message>
    <message>
        <source>Let the tool own the transaction; use SAVEPOINT for nested steps.</source>
        <translation>Die Transaktion dem Werkzeug überlassen; für verschachtelte Schritte SAVEPOINT nutzen.</translation>
    </message>
    <message>
        <source>%1.%2 is the %3 column of a table of %3s, stored as %4 with nothing saying it is hashed or encrypted: if it holds the value itself, anyone who can read the table (or a backup) can use it</source>
        <translation>%1.%2 ist die Spalte %3 einer Tabelle von %3s, gespeichert als %4, ohne Hinweis auf Hash oder Verschlüsselung: enthält sie den Wert selbst, kann ihn jeder nutzen, der die Tabelle (oder ein Backup) lesen kann</translation>
    </message>
    <message>
        <source>
-- and likewise for the others.</source>
        <translation>
-- und ebenso für die anderen.</translation>
    </message>
    <message>
        <source>%1.%2 is %3: a key runs out at %4, and changing it later rewrites %1 and the %5 columns that reference it</source>
        <translation>%1.%2 ist %3: ein Schlüssel geht bei %4 aus, und ihn später zu ändern schreibt %1 und die %5 Spalten neu, die auf ihn verweisen</translation>
    </message>
    <message>
        <source>%1.%2 is %3: a key runs out at %4, and changing it later rewrites the table under an exclusive lock</source>
        <translation>%1.%2 ist %3: ein Schlüssel geht bei %4 aus, und ihn später zu ändern schreibt die Tabelle unter einer exklusiven Sperre neu</translation>
    </message>
    <message>
        <source>-- New tables: bigint GENERATED BY DEFAULT AS IDENTITY.
-- Existing: ALTER TABLE %1 ALTER COLUMN %2 TYPE bigint; (rewrites the table and its referencing columns: on a big table add a bigint column, backfill and swap)</source>
        <translation>-- Neue Tabellen: bigint GENERATED BY DEFAULT AS IDENTITY.
-- Bestehende: ALTER TABLE %1 ALTER COLUMN %2 TYPE bigint; (schreibt die Tabelle und ihre verweisenden Spalten neu: bei einer großen Tabelle eine bigint-Spalte hinzufügen, befüllen und tauschen)</translation>
    </message>
    <message>
        <source>%1 keys are integer or smallint (%2): a key runs out at 2,147,483,647 (smallint: 32,767), and widening one later rewrites its table and every column that references it</source>
        <translation>%1 Schlüssel sind integer oder smallint (%2): ein Schlüssel geht bei 2.147.483.647 aus (smallint: 32.767), und ihn später zu verbreitern schreibt seine Tabelle und jede verweisende Spalte neu</translation>
    </message>
    <message>
        <source>%1.%2 is a serial column: its sequence is a separate object with its own owner and grants, and explicit inserts can run ahead of it</source>
        <translation>%1.%2 ist eine serial-Spalte: ihre Sequenz ist ein eigenes Objekt mit eigenem Eigentümer und eigenen Rechten, und ausdrückliche Inserts können ihr vorauseilen</translation>
    </message>
    <message>
        <source>-- New tables: %2 bigint GENERATED BY DEFAULT AS IDENTITY.
-- Existing (PostgreSQL 10+): drop the serial default and attach an identity that continues the sequence:
ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;
ALTER TABLE %1 ALTER COLUMN %2 ADD GENERATED BY DEFAULT AS IDENTITY;
SELECT setval(pg_get_serial_sequence(&apos;%1&apos;, &apos;%2&apos;), (SELECT max(%2) FROM %1));</source>
        <translation>-- Neue Tabellen: %2 bigint GENERATED BY DEFAULT AS IDENTITY.
-- Bestehende (PostgreSQL 10+): den serial-Standardwert entfernen und eine Identity anhängen, die die Sequenz fortsetzt:
ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT;
ALTER TABLE %1 ALTER COLUMN %2 ADD GENERATED BY DEFAULT AS IDENTITY;
SELECT setval(pg_get_serial_sequence(&apos;%1&apos;, &apos;%2&apos;), (SELECT max(%2) FROM %1));</translation>
    </message>
    <message>
        <source>%1 columns are serial (%2): each sequence is a separate object with its own owner and grants, and explicit inserts can run ahead of it</source>
        <translation>%1 Spalten sind serial (%2): jede Sequenz ist ein eigenes Objekt mit eigenem Eigentümer und eigenen Rechten, und ausdrückliche Inserts können ihr vorauseilen</translation>
    </message>
    <message>
        <source>%1.%2 is %3: values are padded with spaces to the length, trailing spaces are ignored when compared, and it is no faster than text</source>
        <translation>%1.%2 ist %3: Werte werden mit Leerzeichen auf die Länge aufgefüllt, nachgestellte Leerzeichen beim Vergleich ignoriert, und es ist nicht schneller als text</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 ALTER COLUMN %2 TYPE text; -- add CHECK (length(%2) = n) where the length is a rule</source>
        <translation>ALTER TABLE %1 ALTER COLUMN %2 TYPE text; -- CHECK (length(%2) = n) ergänzen, wo die Länge eine Regel ist</translation>
    </message>
    <message>
        <source>%1 columns are char(n) (%2): values are padded with spaces, trailing spaces are ignored when compared, and it is no faster than text</source>
        <translation>%1 Spalten sind char(n) (%2): Werte werden mit Leerzeichen aufgefüllt, nachgestellte Leerzeichen beim Vergleich ignoriert, und es ist nicht schneller als text</translation>
    </message>
    <message>
        <source>%1 stores %2 as timestamp without time zone: the value means nothing without knowing the zone of whoever wrote it, and daylight-saving changes repeat or skip an hour</source>
        <translation>%1 speichert %2 als timestamp without time zone: der Wert bedeutet nichts, ohne die Zeitzone des Schreibenden zu kennen, und Sommerzeitwechsel wiederholen oder überspringen eine Stunde</translation>
    </message>
    <message>
        <source>ALTER TABLE %1 ALTER COLUMN %2 TYPE timestamptz USING %2 AT TIME ZONE &apos;UTC&apos;;</source>
        <translation>ALTER TABLE %1 ALTER COLUMN %2 TYPE timestamptz USING %2 AT TIME ZONE &apos;UTC&apos;;</translation>
    </message>
    <message>
        <source>
-- (state the zone the stored values are in; this rewrites the table)</source>
        <translation>
-- (die Zeitzone der gespeicherten Werte angeben; das schreibt die Tabelle neu)</translation>
    </message>
    <message>
        <source>%1 columns are timestamp without time zone (%2): a value means nothing without the zone of whoever wrote it, and daylight-saving changes repeat or skip an hour</source>
        <translation>%1 Spalten sind timestamp without time zone (%2): ein Wert bedeutet nichts ohne die Zeitzone des Schreibenden, und Sommerzeitwechsel wiederholen oder überspringen eine Stunde</translation>
    </message>
    <message>
        <source>%1 limits %2 by type: changing such a limit later takes an ACCESS EXCLUSIVE lock (and a full scan or rewrite to shrink it)</source>
        <translation>%1 begrenzt %2 über den Typ: eine solche Grenze später zu ändern nimmt eine ACCESS-EXCLUSIVE-Sperre (und zum Verkleinern eine volle Suche oder ein Neuschreiben)</translation>
    </message>
    <message>
        <source>-- Where the limit is a rule, keep it in a CHECK that can be replaced online:
ALTER TABLE %1 ALTER COLUMN %2 TYPE text;
ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (length(%2) &lt;= n) NOT VALID;
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</source>
        <translation>-- Wo die Grenze eine Regel ist, in einem CHECK halten, der sich online ersetzen lässt:
ALTER TABLE %1 ALTER COLUMN %2 TYPE text;
ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (length(%2) &lt;= n) NOT VALID;
ALTER TABLE %1 VALIDATE CONSTRAINT %3;</translation>
    </message>
    <message>
        <source>%1 columns limit their length by type (%2): changing such a limit later takes an ACCESS EXCLUSIVE lock (and a scan or rewrite to shrink it)</source>
        <translation>%1 Spalten begrenzen ihre Länge über den Typ (%2): eine solche Grenze später zu ändern nimmt eine ACCESS-EXCLUSIVE-Sperre (und zum Verkleinern eine Suche oder ein Neuschreiben)</translation>
    </message>
    <message>
        <source>Key that will run out (integer or smallint)</source>
        <translation>Schlüssel, der ausgehen wird (integer oder smallint)</translation>
    </message>
    <message>
        <source>An integer key stops at 2,147,483,647 and a smallint at 32,767; sequences also skip values on rollback. Widening it later rewrites the table and every column that references it, under an exclusive lock.</source>
        <translation>Ein integer-Schlüssel endet bei 2.147.483.647, ein smallint bei 32.767; Sequenzen überspringen zudem Werte bei Rollbacks. Ihn später zu verbreitern schreibt die Tabelle und jede verweisende Spalte unter einer exklusiven Sperre neu.</translation>
    </message>
    <message>
        <source>Use bigint for keys (bigint GENERATED BY DEFAULT AS IDENTITY).</source>
        <translation>Für Schlüssel bigint nutzen (bigint GENERATED BY DEFAULT AS IDENTITY).</translation>
    </message>
    <message>
        <source>serial column instead of an identity</source>
        <translation>serial-Spalte statt einer Identity</translation>
    </message>
    <message>
        <source>serial creates a sequence the column merely uses as its default: it has its own owner and grants, is not copied by CREATE TABLE … LIKE, and explicit inserts get ahead of it. Identity columns (SQL standard, PostgreSQL 10+) tie the sequence to the column.</source>
        <translation>serial legt eine Sequenz an, die die Spalte nur als Standardwert nutzt: sie hat eigenen Eigentümer und eigene Rechte, wird von CREATE TABLE … LIKE nicht kopiert, und ausdrückliche Inserts eilen ihr voraus. Identity-Spalten (SQL-Standard, PostgreSQL 10+) binden die Sequenz an die Spalte.</translation>
    </message>
    <message>
        <source>Use GENERATED BY DEFAULT AS IDENTITY.</source>
        <translation>GENERATED BY DEFAULT AS IDENTITY nutzen.</translation>
    </message>
    <message>
        <source>char(n) column</source>
        <translation>char(n)-Spalte</translation>
    </message>
    <message>
        <source>character(n) pads values with spaces, ignores trailing spaces in comparisons and is no faster than text or varchar; a length that is a rule belongs in a CHECK.</source>
        <translation>character(n) füllt Werte mit Leerzeichen auf, ignoriert nachgestellte Leerzeichen in Vergleichen und ist nicht schneller als text oder varchar; eine Länge, die eine Regel ist, gehört in einen CHECK.</translation>
    </message>
    <message>
        <source>Use text (with a CHECK on the length where it matters).</source>
        <translation>text nutzen (mit einem CHECK auf die Länge, wo sie wichtig ist).</translation>
    </message>
    <message>
        <source>timestamp without time zone</source>
        <translation>timestamp without time zone</translation>
    </message>
    <message>
        <source>A timestamp without time zone is a wall-clock reading: which instant it means depends on the zone of whoever wrote it, and daylight-saving changes make some values ambiguous. timestamptz stores the instant and converts on output.</source>
        <translation>Ein timestamp without time zone ist eine Wanduhr-Ablesung: welcher Zeitpunkt gemeint ist, hängt von der Zeitzone des Schreibenden ab, und Sommerzeitwechsel machen manche Werte mehrdeutig. timestamptz speichert den Zeitpunkt und rechnet bei der Ausgabe um.</translation>
    </message>
    <message>
        <source>Use timestamptz.</source>
        <translation>timestamptz nutzen.</translation>
    </message>
    <message>
        <source>Length limit kept in the column type</source>
        <translation>Längengrenze im Spaltentyp</translation>
    </message>
    <message>
        <source>varchar(n) turns a limit into the type: raising it is cheap, but lowering it, or changing it on older servers, locks the table, and the limit is often an arbitrary 255. text with a CHECK keeps a limit that is a rule replaceable online (NOT VALID, then VALIDATE).</source>
        <translation>varchar(n) macht eine Grenze zum Typ: sie zu erhöhen ist billig, sie zu senken oder auf älteren Servern zu ändern sperrt die Tabelle, und oft ist die Grenze ein willkürliches 255. text mit einem CHECK hält eine Grenze, die eine Regel ist, online ersetzbar (NOT VALID, dann VALIDATE).</translation>
    </message>
    <message>
        <source>Use text, with CHECK (length(col) &lt;= n) where the limit is a rule.</source>
        <translation>text nutzen, mit CHECK (length(Spalte) &lt;= n), wo die Grenze eine Regel ist.</translation>
    </message>
    <message>
        <source>-- PostgreSQL, once the table is there:</source>
        <translation>-- PostgreSQL, sobald die Tabelle dort ist:</translation>
    </message>
    <message>
        <source>epoch INTEGER</source>
        <translation>Epoch-INTEGER</translation>
    </message>
    <message>
        <source>REAL (Julian day)</source>
        <translation>REAL (Julianischer Tag)</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>%1 keeps points in time as %2; in PostgreSQL they are timestamptz</source>
        <translation>%1 speichert Zeitpunkte als %2; in PostgreSQL sind sie timestamptz</translation>
    </message>
    <message>
        <source>AUTOINCREMENT keys (%1 of them: %2) become identity columns in PostgreSQL, whose sequences must start after the copied rows</source>
        <translation>AUTOINCREMENT-Schlüssel (%1: %2) werden in PostgreSQL zu Identity-Spalten, deren Sequenzen nach den kopierten Zeilen beginnen müssen</translation>
    </message>
    <message>
        <source>-- PostgreSQL: declare the keys bigint GENERATED BY DEFAULT AS IDENTITY, or after copying the rows:</source>
        <translation>-- PostgreSQL: die Schlüssel als bigint GENERATED BY DEFAULT AS IDENTITY deklarieren, oder nach dem Kopieren der Zeilen:</translation>
    </message>
    <message>
        <source>-- and likewise for the other tables</source>
        <translation>-- und ebenso für die übrigen Tabellen</translation>
    </message>
    <message>
        <source>SQLite timestamps to port to timestamptz</source>
        <translation>SQLite-Zeitstempel, die nach timestamptz zu portieren sind</translation>
    </message>
    <message>
        <source>SQLite keeps points in time as ISO text or epoch numbers; a schema moving to PostgreSQL (targetDialect) should store them as timestamptz, so that they compare, index and do date arithmetic as instants.</source>
        <translation>SQLite speichert Zeitpunkte als ISO-Text oder Epoch-Zahlen; ein Schema, das nach PostgreSQL umzieht (targetDialect), sollte sie als timestamptz speichern, damit sie sich als Zeitpunkte vergleichen, indizieren und verrechnen lassen.</translation>
    </message>
    <message>
        <source>ALTER COLUMN c TYPE timestamptz USING to_timestamp(c) (epochs) or (c || &apos;+00&apos;)::timestamptz (UTC text).</source>
        <translation>ALTER COLUMN c TYPE timestamptz USING to_timestamp(c) (Epochs) oder (c || &apos;+00&apos;)::timestamptz (UTC-Text).</translation>
    </message>
    <message>
        <source>AUTOINCREMENT keys to port to identity columns</source>
        <translation>AUTOINCREMENT-Schlüssel, die zu Identity-Spalten zu portieren sind</translation>
    </message>
    <message>
        <source>AUTOINCREMENT has no PostgreSQL spelling: the keys become identity columns, and each sequence must be set past the rows copied over, or the first insert collides with an existing id.</source>
        <translation>AUTOINCREMENT gibt es in PostgreSQL nicht: die Schlüssel werden Identity-Spalten, und jede Sequenz muss hinter die kopierten Zeilen gesetzt werden, sonst kollidiert das erste Einfügen mit einer vorhandenen ID.</translation>
    </message>
    <message>
        <source>bigint GENERATED BY DEFAULT AS IDENTITY, then setval() each sequence to max(id) + 1 after the copy.</source>
        <translation>bigint GENERATED BY DEFAULT AS IDENTITY, dann jede Sequenz nach dem Kopieren mit setval() auf max(id) + 1 setzen.</translation>
    </message>
    <message>
        <source>text (ISO 8601 with T and Z)</source>
        <translation>Text (ISO 8601 mit T und Z)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>Timestamps are stored two ways: %1 of %2 columns as %3 (%4), the others mostly as %5</source>
        <translation>Zeitstempel werden auf zwei Arten gespeichert: %1 von %2 Spalten als %3 (%4), die übrigen meist als %5</translation>
    </message>
    <message>
        <source>-- and likewise for %1</source>
        <translation>-- und ebenso für %1</translation>
    </message>
    <message>
        <source>Most timestamps (%1 of %2 columns) are %3; only %4 use timestamptz, which stores an absolute instant: the schema&apos;s convention is the weaker one</source>
        <translation>Die meisten Zeitstempel (%1 von %2 Spalten) sind %3; nur %4 verwenden timestamptz, das einen absoluten Zeitpunkt speichert: die Konvention des Schemas ist die schwächere</translation>
    </message>
    <message>
        <source>-- Use timestamptz for new columns and convert the others when convenient, table by table:
ALTER TABLE t ALTER COLUMN created_at TYPE timestamptz USING created_at AT TIME ZONE &apos;UTC&apos;; -- if the stored values are UTC</source>
        <translation>-- Für neue Spalten timestamptz verwenden und die übrigen bei Gelegenheit Tabelle für Tabelle umstellen:
ALTER TABLE t ALTER COLUMN created_at TYPE timestamptz USING created_at AT TIME ZONE &apos;UTC&apos;; -- wenn die gespeicherten Werte UTC sind</translation>
    </message>
    <message>
        <source>%1 has %2 and moves through states (%3, starting at %4) but no updated_at: when a row last changed cannot be told</source>
        <translation>%1 hat %2 und durchläuft Zustände (%3, beginnend bei %4), aber kein updated_at: wann sich eine Zeile zuletzt geändert hat, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>%1.%2 defaults to &apos;%3&apos;, a dated snapshot: new rows keep getting it after it is superseded or retired</source>
        <translation>%1.%2 hat den Vorgabewert „%3“, einen datierten Stand: neue Zeilen bekommen ihn weiter, auch wenn er abgelöst oder abgeschaltet ist</translation>
    </message>
    <message>
        <source>%1.%2 defaults to the model &apos;%3&apos;: new rows keep getting it after the application moves to the next one</source>
        <translation>%1.%2 hat das Modell „%3“ als Vorgabe: neue Zeilen bekommen es weiter, wenn die Anwendung längst das nächste verwendet</translation>
    </message>
    <message>
        <source>Drop the default; the application writes the model or version it uses, from its configuration.</source>
        <translation>Den Vorgabewert entfernen; die Anwendung schreibt das Modell oder die Version, die sie laut Konfiguration verwendet.</translation>
    </message>
    <message>
        <source>-- the application writes the one it uses, from its configuration</source>
        <translation>-- die Anwendung schreibt den Wert, den sie laut Konfiguration verwendet</translation>
    </message>
    <message>
        <source>; in PostgreSQL it is numeric</source>
        <translation>; in PostgreSQL ist das numeric</translation>
    </message>
    <message>
        <source>%1.%2 holds JSON in %3; in PostgreSQL it is jsonb</source>
        <translation>%1.%2 enthält JSON in %3; in PostgreSQL ist das jsonb</translation>
    </message>
    <message>
        <source>-- and drop the json_valid() CHECK: jsonb validates</source>
        <translation>-- und den CHECK mit json_valid() entfernen: jsonb validiert</translation>
    </message>
    <message>
        <source>%1.%2 is an INTEGER 0/1 flag; in PostgreSQL it is boolean</source>
        <translation>%1.%2 ist ein INTEGER-0/1-Flag; in PostgreSQL ist das boolean</translation>
    </message>
    <message>
        <source>%1.%2 holds UUIDs as %3 with no CHECK that validates them: any %4 goes in</source>
        <translation>%1.%2 enthält UUIDs als %3 ohne CHECK, der sie prüft: beliebiger Inhalt (%4) geht hinein</translation>
    </message>
    <message>
        <source>blob</source>
        <translation>Blob</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Declare it with CHECK (length(%1) = 16).</source>
        <translation>Mit CHECK (length(%1) = 16) deklarieren.</translation>
    </message>
    <message>
        <source>Declare it with CHECK (length(%1) = 36 AND %1 NOT GLOB &apos;*[^0-9a-fA-F-]*&apos;).</source>
        <translation>Mit CHECK (length(%1) = 36 AND %1 NOT GLOB &apos;*[^0-9a-fA-F-]*&apos;) deklarieren.</translation>
    </message>
    <message>
        <source>%1 holds UUIDs in %2 with no CHECK that validates them: any value goes in</source>
        <translation>%1 hält UUIDs in %2 ohne CHECK, der sie prüft: jeder Wert kommt hinein</translation>
    </message>
    <message>
        <source>Declare the columns with %1.</source>
        <translation>Die Spalten mit %1 deklarieren.</translation>
    </message>
    <message>
        <source>%1.%2 holds UUIDs as %3; in PostgreSQL it is uuid</source>
        <translation>%1.%2 enthält UUIDs als %3; in PostgreSQL ist das uuid</translation>
    </message>
    <message>
        <source>-- PostgreSQL, once the tables are there:</source>
        <translation>-- PostgreSQL, sobald die Tabellen dort sind:</translation>
    </message>
    <message>
        <source>A UUID in text/varchar(36) takes more than twice the space of the uuid type, in the table and every index, and accepts malformed values. SQLite has no uuid type: there, TEXT or BLOB UUIDs need a CHECK that validates them.</source>
        <translation>Eine UUID in text/varchar(36) braucht mehr als doppelt so viel Platz wie der Typ uuid, in der Tabelle und in jedem Index, und nimmt fehlerhafte Werte an. SQLite hat keinen uuid-Typ: dort brauchen TEXT- oder BLOB-UUIDs einen CHECK, der sie prüft.</translation>
    </message>
    <message>
        <source>ALTER COLUMN c TYPE uuid USING c::uuid; in SQLite, which has no uuid type, a CHECK that validates the TEXT or BLOB.</source>
        <translation>ALTER COLUMN c TYPE uuid USING c::uuid; in SQLite, das keinen uuid-Typ hat, ein CHECK, der den TEXT- oder BLOB-Wert prüft.</translation>
    </message>
    <message numerus="yes">
        <source>; deletes in %1 cascade along %n foreign key(s), so deleting a row of %1 leaves these rows behind</source>
        <translation>
            <numerusform>; Löschungen in %1 kaskadieren über %n Fremdschlüssel, sodass das Löschen einer Zeile von %1 diese Zeilen zurücklässt</numerusform>
            <numerusform>; Löschungen in %1 kaskadieren über %n Fremdschlüssel, sodass das Löschen einer Zeile von %1 diese Zeilen zurücklässt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schemalens</name>
    <message>
        <source>no dialect-specific syntax found; PostgreSQL assumed</source>
        <translation>keine dialektspezifische Syntax gefunden; PostgreSQL angenommen</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; is used but not created by this source; assumed to exist (created by the platform or by hand)</source>
        <translation>Schema &quot;%1&quot; wird verwendet, aber von dieser Quelle nicht angelegt; es wird als vorhanden angenommen (von der Plattform oder von Hand angelegt)</translation>
    </message>
    <message>
        <source>table %1.%2 is referenced but not created by this source; shown as an external table</source>
        <translation>Tabelle %1.%2 wird referenziert, aber von dieser Quelle nicht angelegt; als externe Tabelle dargestellt</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; does not exist</source>
        <translation>Schema »%1« existiert nicht</translation>
    </message>
    <message>
        <source>no schema has been selected to create in</source>
        <translation>kein Schema für die Erzeugung ausgewählt</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; does not exist</source>
        <translation>Relation »%1« existiert nicht</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>statement too deeply nested to analyse (%1)</source>
        <translation>Anweisung zu tief verschachtelt für die Analyse (%1)</translation>
    </message>
    <message>
        <source>PL/pgSQL block too deeply nested to analyse</source>
        <translation>PL/pgSQL-Block zu tief verschachtelt für die Analyse</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>order entry &apos;%1&apos; matches no migration</source>
        <translation>Reihenfolgeeintrag &apos;%1&apos; passt zu keiner Migration</translation>
    </message>
    <message>
        <source>order entry &apos;%1&apos; names %2, which is not applied (%3)</source>
        <translation>Reihenfolgeeintrag &apos;%1&apos; nennt %2, das nicht angewendet wird (%3)</translation>
    </message>
    <message>
        <source>%1: symbolic link loop or dangling link</source>
        <translation>%1: symbolische Link-Schleife oder ins Leere zeigender Link</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>no migration files found in %1</source>
        <translation>keine Migrationsdateien in %1 gefunden</translation>
    </message>
    <message>
        <source>requested explicitly (--dialect %1)</source>
        <translation>ausdrücklich angefordert (--dialect %1)</translation>
    </message>
    <message>
        <source>no dialect markers found</source>
        <translation>keine Dialektmerkmale gefunden</translation>
    </message>
    <message>
        <source>%1 (%2 is not supported)</source>
        <translation>%1 (%2 wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>folder name &apos;%1&apos;</source>
        <translation>Ordnername &apos;%1&apos;</translation>
    </message>
    <message>
        <source>file name &apos;%1&apos;</source>
        <translation>Dateiname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>undo script</source>
        <translation>Undo-Skript</translation>
    </message>
    <message>
        <source>baseline migration (only used to baseline an existing database)</source>
        <translation>Baseline-Migration (nur zum Baselining einer bestehenden Datenbank)</translation>
    </message>
    <message>
        <source>not a Flyway migration file name</source>
        <translation>kein Flyway-Migrationsdateiname</translation>
    </message>
    <message>
        <source>not a Postgrator migration file name</source>
        <translation>kein Postgrator-Migrationsdateiname</translation>
    </message>
    <message>
        <source>JavaScript migration, not SQL</source>
        <translation>JavaScript-Migration, kein SQL</translation>
    </message>
    <message>
        <source>popx file names: &apos;.%1.&apos; variants chosen (PostgreSQL is the default when a folder has both)</source>
        <translation>popx-Dateinamen: Varianten &apos;.%1.&apos; gewählt (PostgreSQL ist Standard, wenn ein Ordner beide enthält)</translation>
    </message>
    <message>
        <source>popx file names with &apos;.%1.&apos;</source>
        <translation>popx-Dateinamen mit &apos;.%1.&apos;</translation>
    </message>
    <message>
        <source>down migration</source>
        <translation>Down-Migration</translation>
    </message>
    <message>
        <source>replaced by the dialect-specific file of the same version</source>
        <translation>durch die dialektspezifische Datei derselben Version ersetzt</translation>
    </message>
    <message>
        <source>other dialect</source>
        <translation>anderer Dialekt</translation>
    </message>
    <message>
        <source>not a popx migration file name</source>
        <translation>kein popx-Migrationsdateiname</translation>
    </message>
    <message>
        <source>not a %1 migration file name</source>
        <translation>kein %1-Migrationsdateiname</translation>
    </message>
    <message>
        <source>Go migration, not SQL</source>
        <translation>Go-Migration, kein SQL</translation>
    </message>
    <message>
        <source>Supabase migrations run on PostgreSQL</source>
        <translation>Supabase-Migrationen laufen auf PostgreSQL</translation>
    </message>
    <message>
        <source>not a Supabase migration file name (&lt;timestamp&gt;_name.sql)</source>
        <translation>kein Supabase-Migrationsdateiname (&lt;timestamp&gt;_name.sql)</translation>
    </message>
    <message>
        <source>not a golang-migrate file name</source>
        <translation>kein golang-migrate-Dateiname</translation>
    </message>
    <message>
        <source>not part of a Diesel migration</source>
        <translation>nicht Teil einer Diesel-Migration</translation>
    </message>
    <message>
        <source>not inside a Diesel migration folder</source>
        <translation>nicht in einem Diesel-Migrationsordner</translation>
    </message>
    <message>
        <source>not part of a Prisma migration</source>
        <translation>nicht Teil einer Prisma-Migration</translation>
    </message>
    <message>
        <source>not inside a Prisma migration folder</source>
        <translation>nicht in einem Prisma-Migrationsordner</translation>
    </message>
    <message>
        <source>prisma migration_lock.toml provider &quot;%1&quot;</source>
        <translation>Prisma-migration_lock.toml-Provider &quot;%1&quot;</translation>
    </message>
    <message>
        <source>upgrade step (a fresh install applies LATEST.sql)</source>
        <translation>Upgrade-Schritt (eine Neuinstallation wendet LATEST.sql an)</translation>
    </message>
    <message>
        <source>not part of the version folders</source>
        <translation>nicht Teil der Versionsordner</translation>
    </message>
    <message>
        <source>synapse: &apos;%1&apos; files chosen (Synapse runs the files of its engine; PostgreSQL is the default)</source>
        <translation>synapse: &apos;%1&apos;-Dateien gewählt (Synapse führt die Dateien seiner Engine aus; PostgreSQL ist Standard)</translation>
    </message>
    <message>
        <source>not part of Synapse&apos;s schema files</source>
        <translation>nicht Teil der Schemadateien von Synapse</translation>
    </message>
    <message>
        <source>Python delta, not SQL</source>
        <translation>Python-Delta, kein SQL</translation>
    </message>
    <message>
        <source>not a Synapse schema file</source>
        <translation>keine Synapse-Schemadatei</translation>
    </message>
    <message>
        <source>older full schema (version %1)</source>
        <translation>älteres vollständiges Schema (Version %1)</translation>
    </message>
    <message>
        <source>not newer than the full schema (version %1)</source>
        <translation>nicht neuer als das vollständige Schema (Version %1)</translation>
    </message>
    <message>
        <source>not the Rails structure file</source>
        <translation>nicht die Rails-Strukturdatei</translation>
    </message>
    <message>
        <source>teardown script (only drops objects)</source>
        <translation>Teardown-Skript (löscht nur Objekte)</translation>
    </message>
    <message>
        <source>cannot read the drizzle journal %1 (%2); files are applied in name order</source>
        <translation>Drizzle-Journal %1 kann nicht gelesen werden (%2); Dateien werden in Namensreihenfolge angewendet</translation>
    </message>
    <message>
        <source>drizzle journal dialect &quot;%1&quot;</source>
        <translation>Drizzle-Journal-Dialekt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>drizzle journal entry &apos;%1&apos; has no file %2</source>
        <translation>Drizzle-Journaleintrag &apos;%1&apos; hat keine Datei %2</translation>
    </message>
    <message>
        <source>%1 is not in the drizzle journal %2; drizzle does not apply it</source>
        <translation>%1 steht nicht im Drizzle-Journal %2; Drizzle wendet sie nicht an</translation>
    </message>
    <message>
        <source>not in drizzle journal</source>
        <translation>nicht im Drizzle-Journal</translation>
    </message>
    <message>
        <source>sqitch plan change &apos;%1&apos; has no deploy script %2</source>
        <translation>Änderung &apos;%1&apos; des sqitch-Plans hat kein Deploy-Skript %2</translation>
    </message>
    <message>
        <source>not in sqitch plan</source>
        <translation>nicht im sqitch-Plan</translation>
    </message>
    <message>
        <source>revert script</source>
        <translation>Revert-Skript</translation>
    </message>
    <message>
        <source>verify script</source>
        <translation>Verify-Skript</translation>
    </message>
    <message>
        <source>sqitch.conf engine &quot;%1&quot;</source>
        <translation>sqitch.conf-Engine &quot;%1&quot;</translation>
    </message>
    <message>
        <source>separate schema file, not chosen</source>
        <translation>separate Schemadatei, nicht gewählt</translation>
    </message>
    <message>
        <source>separate folder of SQL files, not chosen</source>
        <translation>separater Ordner mit SQL-Dateien, nicht gewählt</translation>
    </message>
    <message>
        <source>separate %1 migration folder, not chosen</source>
        <translation>separater %1-Migrationsordner, nicht gewählt</translation>
    </message>
    <message>
        <source>other dialect (%1)</source>
        <translation>anderer Dialekt (%1)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>cannot read %1: symbolic link loop or dangling link</source>
        <translation>%1 kann nicht gelesen werden: symbolische Link-Schleife oder ins Leere zeigender Link</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1: not a regular file</source>
        <translation>%1 kann nicht gelesen werden: keine reguläre Datei</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>%1 is too large to load: %2 bytes, the limit is %3 (is it a data dump or a log?)</source>
        <translation>%1 ist zu groß zum Laden: %2 Bytes, die Grenze ist %3 (ist es ein Daten-Dump oder ein Log?)</translation>
    </message>
    <message>
        <source>%1 is too large to load (the limit is %2)</source>
        <translation>%1 ist zu groß zum Laden (die Grenze ist %2)</translation>
    </message>
    <message>
        <source>binary file, not SQL</source>
        <translation>Binärdatei, kein SQL</translation>
    </message>
    <message>
        <source>%1: binary file, not SQL</source>
        <translation>%1: Binärdatei, kein SQL</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8 (byte 0x%2 at line %3, column %4); convert the file to UTF-8</source>
        <translation>%1: kein gültiges UTF-8 (Byte 0x%2 in Zeile %3, Spalte %4); die Datei nach UTF-8 konvertieren</translation>
    </message>
    <message>
        <source>cannot list folder %1</source>
        <translation>Ordner %1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>symbolic link %1 points to a folder that was already walked (a loop?); not followed</source>
        <translation>symbolischer Link %1 zeigt auf einen bereits durchlaufenen Ordner (eine Schleife?); nicht verfolgt</translation>
    </message>
    <message>
        <source>the folder tree is too deep or too large; only the first %1 folders (up to %2 levels) were searched</source>
        <translation>der Ordnerbaum ist zu tief oder zu groß; nur die ersten %1 Ordner (bis %2 Ebenen) wurden durchsucht</translation>
    </message>
    <message>
        <source>the server asks for a password and none was given (set it in the URI, in ~/.pgpass or PGPASSFILE, or in PGPASSWORD)</source>
        <translation>der Server verlangt ein Passwort, und keines wurde angegeben (in der URI, in ~/.pgpass oder PGPASSFILE oder in PGPASSWORD setzen)</translation>
    </message>
    <message>
        <source>authentication failed: check the user name and password (URI, ~/.pgpass, PGPASSFILE)</source>
        <translation>Authentifizierung fehlgeschlagen: Benutzername und Passwort prüfen (URI, ~/.pgpass, PGPASSFILE)</translation>
    </message>
    <message>
        <source>the server did not answer within the connect timeout (connect_timeout)</source>
        <translation>der Server hat nicht innerhalb des Verbindungs-Timeouts geantwortet (connect_timeout)</translation>
    </message>
    <message>
        <source>the server is unreachable: check host, port and that it accepts connections</source>
        <translation>der Server ist nicht erreichbar: Host, Port und Verbindungsannahme prüfen</translation>
    </message>
    <message>
        <source>the role may not connect to this database (CONNECT privilege or pg_hba.conf)</source>
        <translation>die Rolle darf sich nicht mit dieser Datenbank verbinden (CONNECT-Privileg oder pg_hba.conf)</translation>
    </message>
    <message>
        <source>cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>%1: %2 (libpq: %3)</source>
        <translation>%1: %2 (libpq: %3)</translation>
    </message>
    <message>
        <source>missing privilege: the role cannot read a catalog the live loader needs</source>
        <translation>fehlendes Privileg: die Rolle kann einen Katalog, den der Live-Loader braucht, nicht lesen</translation>
    </message>
    <message>
        <source>the query ran longer than the statement timeout and was cancelled</source>
        <translation>die Abfrage lief länger als das Statement-Timeout und wurde abgebrochen</translation>
    </message>
    <message>
        <source>refused: the session is read-only</source>
        <translation>abgelehnt: die Sitzung ist schreibgeschützt</translation>
    </message>
    <message>
        <source>catalog query failed</source>
        <translation>Katalogabfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 (PostgreSQL %3: %4)</source>
        <translation>%1: %2 (PostgreSQL %3: %4)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>%1: not a valid PostgreSQL connection string (libpq: %2)</source>
        <translation>%1: keine gültige PostgreSQL-Verbindungszeichenkette (libpq: %2)</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: Speicher erschöpft</translation>
    </message>
    <message>
        <source>statistics unavailable: %1</source>
        <translation>Statistiken nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>table statistics unavailable: %1</source>
        <translation>Tabellenstatistiken nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>index statistics unavailable: %1</source>
        <translation>Indexstatistiken nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>live PostgreSQL %1 server</source>
        <translation>Live-PostgreSQL-%1-Server</translation>
    </message>
    <message>
        <source>%1: PostgreSQL %2 is not supported (version 12 or later is needed)</source>
        <translation>%1: PostgreSQL %2 wird nicht unterstützt (Version 12 oder neuer nötig)</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; does not exist, skipping</source>
        <translation>Relation »%1« existiert nicht, wird übersprungen</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of relation &quot;%2&quot; does not exist</source>
        <translation>Spalte »%1« von Relation »%2« existiert nicht</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; already exists, skipping</source>
        <translation>Spalte »%1« existiert bereits, wird übersprungen</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; of relation &quot;%2&quot; already exists</source>
        <translation>Spalte »%1« von Relation »%2« existiert bereits</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is in a primary key</source>
        <translation>Spalte »%1« ist in einem Primärschlüssel</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; is not partitioned</source>
        <translation>Tabelle »%1« ist nicht partitioniert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a partition</source>
        <translation>»%1« ist bereits eine Partition</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; contains column &quot;%2&quot; not found in parent &quot;%3&quot;</source>
        <translation>Tabelle »%1« enthält Spalte »%2«, die nicht in der Elterntabelle »%3« gefunden wurde</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; does not exist, skipping</source>
        <translation>Spalte »%1« existiert nicht, wird übersprungen</translation>
    </message>
    <message>
        <source>cannot drop column %1 of table %2 because other objects depend on it</source>
        <translation>kann Spalte %1 von Tabelle %2 nicht löschen, weil andere Objekte davon abhängen</translation>
    </message>
    <message>
        <source>cannot drop %1 on table %2 because other objects depend on it</source>
        <translation>kann %1 auf Tabelle %2 nicht löschen, weil andere Objekte davon abhängen</translation>
    </message>
    <message>
        <source>constraint %1</source>
        <translation>Constraint %1</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; does not exist, skipping</source>
        <translation>Constraint »%1« existiert nicht, wird übersprungen</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; of relation &quot;%2&quot; does not exist</source>
        <translation>Constraint »%1« von Relation »%2« existiert nicht</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist, skipping</source>
        <translation>Tabelle »%1« existiert nicht, wird übersprungen</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; does not exist</source>
        <translation>Tabelle »%1« existiert nicht</translation>
    </message>
    <message>
        <source>cannot drop table %1 because other objects depend on it</source>
        <translation>kann Tabelle %1 nicht löschen, weil andere Objekte davon abhängen</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>cannot drop index %1 because constraint %1 on table %2 requires it</source>
        <translation>kann Index %1 nicht löschen, weil Constraint %1 für Tabelle %2 ihn benötigt</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; does not exist</source>
        <translation>Index »%1« existiert nicht</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; does not exist</source>
        <translation>Typ »%1« existiert nicht</translation>
    </message>
    <message>
        <source>view &quot;%1&quot; does not exist</source>
        <translation>Sicht »%1« existiert nicht</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>Sicht %1</translation>
    </message>
    <message>
        <source>cannot drop schema %1 because other objects depend on it</source>
        <translation>kann Schema %1 nicht löschen, weil andere Objekte davon abhängen</translation>
    </message>
    <message>
        <source>sequence &quot;%1&quot; does not exist</source>
        <translation>Sequenz »%1« existiert nicht</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot; for table &quot;%2&quot; does not exist</source>
        <translation>Trigger »%1« für Tabelle »%2« existiert nicht</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; for table &quot;%2&quot; does not exist</source>
        <translation>Policy »%1« für Tabelle »%2« existiert nicht</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; does not exist</source>
        <translation>Spalte »%1« existiert nicht</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; already exists, skipping</source>
        <translation>Relation »%1« existiert bereits, wird übersprungen</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; already exists</source>
        <translation>Relation »%1« existiert bereits</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; already exists, skipping</source>
        <translation>Schema »%1« existiert bereits, wird übersprungen</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; already exists</source>
        <translation>Schema »%1« existiert bereits</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an existing enum label</source>
        <translation>»%1« ist kein existierendes Enum-Label</translation>
    </message>
    <message>
        <source>enum label &quot;%1&quot; already exists, skipping</source>
        <translation>Enum-Label »%1« existiert bereits, wird übersprungen</translation>
    </message>
    <message>
        <source>enum label &quot;%1&quot; already exists</source>
        <translation>Enum-Label »%1« existiert bereits</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; already exists</source>
        <translation>Typ »%1« existiert bereits</translation>
    </message>
    <message>
        <source>function &quot;%1&quot; already exists with same argument types</source>
        <translation>Funktion »%1« existiert bereits mit den selben Argumenttypen</translation>
    </message>
    <message>
        <source>trigger &quot;%1&quot; for relation &quot;%2&quot; already exists</source>
        <translation>Trigger »%1« für Relation »%2« existiert bereits</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; for table &quot;%2&quot; already exists</source>
        <translation>Policy »%1« für Tabelle »%2« existiert bereits</translation>
    </message>
    <message>
        <source>extension &quot;%1&quot; already exists</source>
        <translation>Erweiterung »%1« existiert bereits</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; for table &quot;%2&quot; does not exist</source>
        <translation>Constraint »%1« für Tabelle »%2« existiert nicht</translation>
    </message>
    <message>
        <source>relation &quot;%1&quot; already exists in schema &quot;%2&quot;</source>
        <translation>Relation »%1« existiert bereits in Schema »%2«</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not partitioned</source>
        <translation>»%1« ist nicht partitioniert</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; specified more than once</source>
        <translation>Spalte »%1« mehrmals angegeben</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; named in partition key does not exist</source>
        <translation>Spalte »%1«, die im Partitionierungsschlüssel genannt wird, existiert nicht</translation>
    </message>
    <message>
        <source>constraint &quot;%1&quot; for relation &quot;%2&quot; already exists</source>
        <translation>Constraint »%1« für Relation »%2« existiert bereits</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; named in key does not exist</source>
        <translation>Spalte »%1«, die im Schlüssel genannt wird, existiert nicht</translation>
    </message>
    <message>
        <source>multiple primary keys for table &quot;%1&quot; are not allowed</source>
        <translation>mehrere Primärschlüssel für Tabelle »%1« nicht erlaubt</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; referenced in foreign key constraint does not exist</source>
        <translation>Spalte »%1«, die im Fremdschlüssel-Constraint verwendet wird, existiert nicht</translation>
    </message>
    <message>
        <source>there is no primary key for referenced table &quot;%1&quot;</source>
        <translation>es gibt keinen Primärschlüssel für die referenzierte Tabelle »%1«</translation>
    </message>
    <message>
        <source>number of referencing and referenced columns for foreign key disagree</source>
        <translation>Anzahl der Quell- und Zielspalten im Fremdschlüssel stimmt nicht überein</translation>
    </message>
    <message>
        <source>there is no unique constraint matching given keys for referenced table &quot;%1&quot;</source>
        <translation>keine Unique-Constraint passend zu den gegebenen Schlüsseln für die referenzierte Tabelle »%1«</translation>
    </message>
    <message>
        <source>cannot drop %1 because other objects depend on it</source>
        <translation>kann %1 nicht löschen, weil andere Objekte davon abhängen</translation>
    </message>
    <message>
        <source>%1: the database is locked by another connection (SQLite: %2)</source>
        <translation>%1: die Datenbank ist von einer anderen Verbindung gesperrt (SQLite: %2)</translation>
    </message>
    <message>
        <source>%1: not a SQLite database, or an encrypted one (SQLite: %2)</source>
        <translation>%1: keine SQLite-Datenbank oder eine verschlüsselte (SQLite: %2)</translation>
    </message>
    <message>
        <source>%1: the database file is corrupt (SQLite: %2)</source>
        <translation>%1: die Datenbankdatei ist beschädigt (SQLite: %2)</translation>
    </message>
    <message>
        <source>%1: the database needs recovery from an interrupted write (a hot journal), which a read-only open cannot do; open it once with the sqlite3 tool (SQLite: %2)</source>
        <translation>%1: die Datenbank muss nach einem unterbrochenen Schreibvorgang wiederhergestellt werden (Hot Journal), was beim schreibgeschützten Öffnen nicht geht; einmal mit dem Werkzeug sqlite3 öffnen (SQLite: %2)</translation>
    </message>
    <message>
        <source>%1: cannot read the database (SQLite: %2)</source>
        <translation>%1: die Datenbank kann nicht gelesen werden (SQLite: %2)</translation>
    </message>
    <message>
        <source>row count of %1 unavailable: %2</source>
        <translation>Zeilenzahl von %1 nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 tables were not counted within the time limit; their row counts are sqlite_stat1 estimates where ANALYZE has run, otherwise unknown</source>
        <translation>%1 Tabellen wurden nicht innerhalb des Zeitlimits gezählt; ihre Zeilenzahlen sind Schätzungen aus sqlite_stat1, wo ANALYZE gelaufen ist, sonst unbekannt</translation>
    </message>
    <message>
        <source>no SQLite database path given</source>
        <translation>kein Pfad zur SQLite-Datenbank angegeben</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a SQLite database file</source>
        <translation>%1: ist ein Ordner, keine SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: empty file, not a SQLite database</source>
        <translation>%1: leere Datei, keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1: not a SQLite 3 database (no &quot;SQLite format 3&quot; header); it may be another kind of file or an encrypted database</source>
        <translation>%1: keine SQLite-3-Datenbank (kein Header &quot;SQLite format 3&quot;); es kann eine andere Dateiart oder eine verschlüsselte Datenbank sein</translation>
    </message>
    <message>
        <source>%1: truncated SQLite database (%2 bytes)</source>
        <translation>%1: abgeschnittene SQLite-Datenbank (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1: truncated SQLite database: the header declares %2 bytes, the file has %3</source>
        <translation>%1: abgeschnittene SQLite-Datenbank: der Header gibt %2 Bytes an, die Datei hat %3</translation>
    </message>
    <message>
        <source>SQLite 3 database file (WAL mode)</source>
        <translation>SQLite-3-Datenbankdatei (WAL-Modus)</translation>
    </message>
    <message>
        <source>SQLite 3 database file</source>
        <translation>SQLite-3-Datenbankdatei</translation>
    </message>
    <message>
        <source>NUL byte in SQL text; the rest of the file is not replayed</source>
        <translation>NUL-Byte im SQL-Text; der Rest der Datei wird nicht nachgespielt</translation>
    </message>
    <message>
        <source>SQL text is not valid UTF-8; names and strings containing the invalid bytes are shown with replacement characters</source>
        <translation>der SQL-Text ist kein gültiges UTF-8; Namen und Zeichenketten mit den ungültigen Bytes werden mit Ersatzzeichen angezeigt</translation>
    </message>
    <message>
        <source>transaction still open at the end of the file; committed</source>
        <translation>Transaktion am Dateiende noch offen; committet</translation>
    </message>
    <message>
        <source>transaction still open at the end of the file could not be committed and was rolled back: %1</source>
        <translation>Transaktion am Dateiende noch offen, konnte nicht committet werden und wurde zurückgerollt: %1</translation>
    </message>
    <message>
        <source>%1 is not replayed: loading never writes files (SQLite: %2)</source>
        <translation>%1 wird nicht nachgespielt: das Laden schreibt nie Dateien (SQLite: %2)</translation>
    </message>
    <message>
        <source>cannot open an in-memory SQLite database: %1</source>
        <translation>In-Memory-SQLite-Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read sqlite_schema: %1</source>
        <translation>sqlite_schema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>loading cancelled after %1 of %2 files</source>
        <translation>Laden nach %1 von %2 Dateien abgebrochen</translation>
    </message>
    <message>
        <source>cannot read the replayed schema back: %1</source>
        <translation>das nachgespielte Schema kann nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Postgrator layout</source>
        <translation>Postgrator-Layout</translation>
    </message>
    <message>
        <source>%1 (1 file)</source>
        <translation>%1 (1 Datei)</translation>
    </message>
    <message>
        <source>%1 (%2 files)</source>
        <translation>%1 (%2 Dateien)</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>PostgreSQL and SQLite evidence weigh the same: %1 / %2</source>
        <translation>Die Hinweise auf PostgreSQL und SQLite wiegen gleich: %1 / %2</translation>
    </message>
    <message>
        <source>; against it: %1</source>
        <translation>; dagegen: %1</translation>
    </message>
    <message>
        <source>Cargo.toml: %1</source>
        <translation>Cargo.toml: %1</translation>
    </message>
    <message>
        <source>Cargo.toml: %1 feature &quot;%2&quot;</source>
        <translation>Cargo.toml: %1 mit Feature &quot;%2&quot;</translation>
    </message>
    <message>
        <source>diesel.toml: print_schema schema</source>
        <translation>diesel.toml: print_schema mit schema</translation>
    </message>
    <message>
        <source>diesel.toml: PostgreSQL types</source>
        <translation>diesel.toml: PostgreSQL-Typen</translation>
    </message>
    <message>
        <source>diesel.toml: SQLite types</source>
        <translation>diesel.toml: SQLite-Typen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot;</source>
        <translation>%1: %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>go.mod: %1</source>
        <translation>go.mod: %1</translation>
    </message>
    <message>
        <source>package.json: %1</source>
        <translation>package.json: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>the other migration folders of the tree (%n folder(s))</source>
        <translation>
            <numerusform>die anderen Migrationsordner des Baums (%n Ordner)</numerusform>
            <numerusform>die anderen Migrationsordner des Baums (%n Ordner)</numerusform>
        </translation>
    </message>
    <message>
        <source>Diesel migration settings (read, not applied)</source>
        <translation>Diesel-Migrationseinstellungen (gelesen, nicht angewendet)</translation>
    </message>
    <message>
        <source>Prisma lock file (read for the provider, not applied)</source>
        <translation>Prisma-Lock-Datei (für den Provider gelesen, nicht angewendet)</translation>
    </message>
    <message>
        <source>Sqitch plan (read for the order, not applied)</source>
        <translation>Sqitch-Plan (für die Reihenfolge gelesen, nicht angewendet)</translation>
    </message>
    <message>
        <source>Sqitch configuration (read for the engine, not applied)</source>
        <translation>Sqitch-Konfiguration (für die Engine gelesen, nicht angewendet)</translation>
    </message>
    <message>
        <source>Drizzle journal (read for the order, not applied)</source>
        <translation>Drizzle-Journal (für die Reihenfolge gelesen, nicht angewendet)</translation>
    </message>
    <message>
        <source>Flyway script configuration (read, not applied)</source>
        <translation>Flyway-Skriptkonfiguration (gelesen, nicht angewendet)</translation>
    </message>
    <message>
        <source>backup or disabled copy</source>
        <translation>Sicherung oder deaktivierte Kopie</translation>
    </message>
    <message>
        <source>not a %1 migration file</source>
        <translation>keine %1-Migrationsdatei</translation>
    </message>
    <message>
        <source>not an SQL file</source>
        <translation>keine SQL-Datei</translation>
    </message>
    <message>
        <source>%1 is a down migration without an up migration next to it; %2 applies nothing from this folder</source>
        <translation>%1 ist eine Down-Migration ohne Up-Migration daneben; %2 wendet aus diesem Ordner nichts an</translation>
    </message>
    <message>
        <source>%1 is a down migration without an up migration for version %2; %3 applies nothing for this version</source>
        <translation>%1 ist eine Down-Migration ohne Up-Migration für Version %2; %3 wendet für diese Version nichts an</translation>
    </message>
    <message>
        <source>%1 is not applied: %2 does not take this file name (%3); it looks like a copy of %4, which is applied</source>
        <translation>%1 wird nicht angewendet: %2 akzeptiert diesen Dateinamen nicht (%3); die Datei sieht aus wie eine Kopie von %4, die angewendet wird</translation>
    </message>
    <message>
        <source>%1 is not applied: %2 does not take this file name (%3). Did you mean %4?</source>
        <translation>%1 wird nicht angewendet: %2 akzeptiert diesen Dateinamen nicht (%3). War %4 gemeint?</translation>
    </message>
    <message>
        <source>%1 changes the schema like a migration but is not applied: %2</source>
        <translation>%1 ändert das Schema wie eine Migration, wird aber nicht angewendet: %2</translation>
    </message>
    <message>
        <source>; too large to try both engines, %1 assumed</source>
        <translation>; zu groß, um beide Engines zu probieren, %1 angenommen</translation>
    </message>
    <message numerus="yes">
        <source>both engines tried on %n file(s): PostgreSQL refused %1 of %2 statements, SQLite %3 of %4</source>
        <translation>
            <numerusform>beide Engines an %n Datei probiert: PostgreSQL lehnte %1 von %2 Anweisungen ab, SQLite %3 von %4</numerusform>
            <numerusform>beide Engines an %n Dateien probiert: PostgreSQL lehnte %1 von %2 Anweisungen ab, SQLite %3 von %4</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 kept</source>
        <translation>; %1 beibehalten</translation>
    </message>
    <message>
        <source>; no dialect-specific syntax found, PostgreSQL assumed</source>
        <translation>; keine dialektspezifische Syntax gefunden, PostgreSQL angenommen</translation>
    </message>
    <message>
        <source>; %1 kept by the evidence (%2)</source>
        <translation>; %1 nach den Hinweisen beibehalten (%2)</translation>
    </message>
    <message>
        <source>table %1.%2 is %3&apos;s own bookkeeping table, created by the tool before the first migration; shown as an external table</source>
        <translation>Tabelle %1.%2 ist die eigene Verwaltungstabelle von %3, vom Werkzeug vor der ersten Migration angelegt; als externe Tabelle gezeigt</translation>
    </message>
    <message>
        <source>table %1 is %2&apos;s own bookkeeping table, created by the tool before the first migration; shown as an external table</source>
        <translation>Tabelle %1 ist die eigene Verwaltungstabelle von %2, vom Werkzeug vor der ersten Migration angelegt; als externe Tabelle gezeigt</translation>
    </message>
    <message>
        <source>statement stopped after %1 million steps of SQLite work (an endless recursive query?); the replay goes on</source>
        <translation>Anweisung nach %1 Millionen Schritten SQLite-Arbeit angehalten (eine endlose rekursive Abfrage?); die Wiedergabe geht weiter</translation>
    </message>
    <message>
        <source>alembic.ini sqlalchemy.url &quot;%1&quot;</source>
        <translation>alembic.ini sqlalchemy.url &quot;%1&quot;</translation>
    </message>
    <message>
        <source>env.py names a &quot;%1&quot; database URL</source>
        <translation>env.py nennt eine &quot;%1&quot;-Datenbank-URL</translation>
    </message>
    <message>
        <source>not an Alembic revision (no revision = &quot;...&quot;)</source>
        <translation>keine Alembic-Revision (kein revision = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>duplicate revision id %1</source>
        <translation>doppelte Revisions-ID %1</translation>
    </message>
    <message>
        <source>Alembic: no database URL in alembic.ini or env.py; PostgreSQL assumed (--dialect sqlite loads it as SQLite)</source>
        <translation>Alembic: keine Datenbank-URL in alembic.ini oder env.py; PostgreSQL angenommen (--dialect sqlite lädt es als SQLite)</translation>
    </message>
    <message>
        <source>not a string or sa.text()</source>
        <translation>kein String und kein sa.text()</translation>
    </message>
    <message>
        <source>ForeignKey target</source>
        <translation>Ziel des ForeignKey</translation>
    </message>
    <message>
        <source>ForeignKeyConstraint columns</source>
        <translation>Spalten des ForeignKeyConstraint</translation>
    </message>
    <message>
        <source>ForeignKeyConstraint target &apos;%1&apos; is not table.column</source>
        <translation>Ziel &apos;%1&apos; des ForeignKeyConstraint ist nicht tabelle.spalte</translation>
    </message>
    <message>
        <source>not an sa.Column(...)</source>
        <translation>kein sa.Column(...)</translation>
    </message>
    <message>
        <source>column of %1</source>
        <translation>Spalte von %1</translation>
    </message>
    <message>
        <source>column name in %1</source>
        <translation>Spaltenname in %1</translation>
    </message>
    <message>
        <source>Computed expression</source>
        <translation>Computed-Ausdruck</translation>
    </message>
    <message>
        <source>CheckConstraint</source>
        <translation>CheckConstraint</translation>
    </message>
    <message>
        <source>column %1.%2 has no type (SQLAlchemy would take it from the referenced column); it is left out</source>
        <translation>Spalte %1.%2 hat keinen Typ (SQLAlchemy nähme ihn von der referenzierten Spalte); sie wird ausgelassen</translation>
    </message>
    <message>
        <source>type of column %1.%2</source>
        <translation>Typ der Spalte %1.%2</translation>
    </message>
    <message>
        <source>server_default of %1.%2: %3; the column is kept without it</source>
        <translation>server_default von %1.%2: %3; die Spalte bleibt ohne ihn erhalten</translation>
    </message>
    <message>
        <source>create_table table name</source>
        <translation>Tabellenname von create_table</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Index in create_table</source>
        <translation>Index in create_table</translation>
    </message>
    <message>
        <source>create_table %1</source>
        <translation>create_table %1</translation>
    </message>
    <message>
        <source>%1 in create_table %2 is not a Column, constraint or Index; it is left out</source>
        <translation>%1 in create_table %2 ist weder Column noch Constraint noch Index; es wird ausgelassen</translation>
    </message>
    <message>
        <source>SQLite cannot add a foreign key with ALTER TABLE: Alembic raises NotImplementedError here (batch_alter_table can)</source>
        <translation>SQLite kann mit ALTER TABLE keinen Fremdschlüssel hinzufügen: Alembic löst hier NotImplementedError aus (batch_alter_table kann es)</translation>
    </message>
    <message>
        <source>type_ of %1.%2</source>
        <translation>type_ von %1.%2</translation>
    </message>
    <message>
        <source>postgresql_using</source>
        <translation>postgresql_using</translation>
    </message>
    <message>
        <source>server_default of %1.%2: %3</source>
        <translation>server_default von %1.%2: %3</translation>
    </message>
    <message>
        <source>SQLite cannot change a column&apos;s type, nullability or default with ALTER TABLE: Alembic emits ALTER COLUMN, which SQLite rejects (batch_alter_table rebuilds the table instead)</source>
        <translation>SQLite kann Typ, NULL-Fähigkeit oder Default einer Spalte nicht mit ALTER TABLE ändern: Alembic erzeugt ALTER COLUMN, das SQLite ablehnt (batch_alter_table baut die Tabelle stattdessen neu auf)</translation>
    </message>
    <message>
        <source>not a column name or sa.text()</source>
        <translation>weder Spaltenname noch sa.text()</translation>
    </message>
    <message>
        <source>index %1 column</source>
        <translation>Spalte des Index %1</translation>
    </message>
    <message>
        <source>index predicate</source>
        <translation>Index-Prädikat</translation>
    </message>
    <message>
        <source>SQLite cannot add a constraint with ALTER TABLE: Alembic raises NotImplementedError here (batch_alter_table can)</source>
        <translation>SQLite kann mit ALTER TABLE keinen Constraint hinzufügen: Alembic löst hier NotImplementedError aus (batch_alter_table kann es)</translation>
    </message>
    <message>
        <source>op.execute without SQL</source>
        <translation>op.execute ohne SQL</translation>
    </message>
    <message>
        <source>%1 is not SQL text</source>
        <translation>%1 ist kein SQL-Text</translation>
    </message>
    <message>
        <source>op.execute</source>
        <translation>op.execute</translation>
    </message>
    <message>
        <source>table name</source>
        <translation>Tabellenname</translation>
    </message>
    <message>
        <source>column name</source>
        <translation>Spaltenname</translation>
    </message>
    <message>
        <source>index name</source>
        <translation>Indexname</translation>
    </message>
    <message>
        <source>constraint name</source>
        <translation>Constraint-Name</translation>
    </message>
    <message>
        <source>referenced table</source>
        <translation>referenzierte Tabelle</translation>
    </message>
    <message>
        <source>check condition</source>
        <translation>Check-Bedingung</translation>
    </message>
    <message>
        <source>exclude constraint element</source>
        <translation>Element des Exclude-Constraints</translation>
    </message>
    <message>
        <source>exclude predicate</source>
        <translation>Prädikat des Exclude-Constraints</translation>
    </message>
    <message>
        <source>SQLite cannot drop a constraint with ALTER TABLE: Alembic raises NotImplementedError here (batch_alter_table can)</source>
        <translation>SQLite kann mit ALTER TABLE keinen Constraint entfernen: Alembic löst hier NotImplementedError aus (batch_alter_table kann es)</translation>
    </message>
    <message>
        <source>new table name</source>
        <translation>neuer Tabellenname</translation>
    </message>
    <message>
        <source>%1.%2 is not an Alembic operation Schemalens knows; nothing is applied for it</source>
        <translation>%1.%2 ist keine Alembic-Operation, die Schemalens kennt; dafür wird nichts angewendet</translation>
    </message>
    <message>
        <source>%1: %2; it is left out of the schema (Schemalens reads migrations without running them)</source>
        <translation>%1: %2; es bleibt aus dem Schema ausgelassen (Schemalens liest Migrationen, ohne sie auszuführen)</translation>
    </message>
    <message>
        <source>not a literal</source>
        <translation>kein Literal</translation>
    </message>
    <message>
        <source>%1: %2(...) is computed when the migration runs; the operation is left out</source>
        <translation>%1: %2(...) wird erst beim Ausführen der Migration berechnet; die Operation wird ausgelassen</translation>
    </message>
    <message>
        <source>%1: the name &apos;%2&apos; is not known statically; the operation is left out</source>
        <translation>%1: der Name &apos;%2&apos; ist statisch nicht bekannt; die Operation wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 is missing; the operation is left out</source>
        <translation>%1 fehlt; die Operation wird ausgelassen</translation>
    </message>
    <message>
        <source>the Python parser could not read this file</source>
        <translation>der Python-Parser konnte diese Datei nicht lesen</translation>
    </message>
    <message>
        <source>Python syntax error: missing %1</source>
        <translation>Python-Syntaxfehler: %1 fehlt</translation>
    </message>
    <message>
        <source>Python syntax error</source>
        <translation>Python-Syntaxfehler</translation>
    </message>
    <message>
        <source>Python syntax error near &apos;%1&apos;</source>
        <translation>Python-Syntaxfehler bei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this revision has no upgrade() function; nothing is applied</source>
        <translation>diese Revision hat keine Funktion upgrade(); nichts wird angewendet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds the result of %2</source>
        <translation>&apos;%1&apos; enthält das Ergebnis von %2</translation>
    </message>
    <message>
        <source>this assignment is not followed statically</source>
        <translation>diese Zuweisung wird statisch nicht verfolgt</translation>
    </message>
    <message>
        <source>this with block is not followed statically; what it changes is not in the schema</source>
        <translation>dieser with-Block wird statisch nicht verfolgt; was er ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a conditional is not followed statically; what it changes is not in the schema</source>
        <translation>eine Bedingung wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a loop is not followed statically; what it changes is not in the schema</source>
        <translation>eine Schleife wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a try block is not followed statically; what it changes is not in the schema</source>
        <translation>ein try-Block wird statisch nicht verfolgt; was er ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>this statement is not followed statically</source>
        <translation>diese Anweisung wird statisch nicht verfolgt</translation>
    </message>
    <message>
        <source>the helper function %1() is not followed statically; what it changes is not in the schema</source>
        <translation>die Hilfsfunktion %1() wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>%1() is not an Alembic operation; what it does is not in the schema</source>
        <translation>%1() ist keine Alembic-Operation; was sie bewirkt, fehlt im Schema</translation>
    </message>
    <message>
        <source>batch_alter_table table</source>
        <translation>Tabelle von batch_alter_table</translation>
    </message>
    <message>
        <source>the helper function %1() calls itself too deeply to be followed</source>
        <translation>die Hilfsfunktion %1() ruft sich zu tief selbst auf, um verfolgt zu werden</translation>
    </message>
    <message>
        <source>%1() returns nothing Schemalens can follow</source>
        <translation>%1() liefert nichts, was Schemalens verfolgen kann</translation>
    </message>
    <message>
        <source>a loop over values not known statically is not followed; what it changes is not in the schema</source>
        <translation>eine Schleife über statisch unbekannte Werte wird nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>batch_alter_table: there is no table %1 to rebuild</source>
        <translation>batch_alter_table: es gibt keine Tabelle %1 zum Neuaufbau</translation>
    </message>
    <message>
        <source>batch drop_column: table %1 has no column %2</source>
        <translation>batch drop_column: Tabelle %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>batch alter_column: table %1 has no column %2</source>
        <translation>batch alter_column: Tabelle %1 hat keine Spalte %2</translation>
    </message>
    <message>
        <source>batch create_index</source>
        <translation>batch create_index</translation>
    </message>
    <message>
        <source>batch drop_index: table %1 has no index %2</source>
        <translation>batch drop_index: Tabelle %1 hat keinen Index %2</translation>
    </message>
    <message>
        <source>batch drop_constraint: table %1 has no constraint named %2 (Alembic raises &quot;No such constraint&quot;)</source>
        <translation>batch drop_constraint: Tabelle %1 hat keinen Constraint namens %2 (Alembic meldet &quot;No such constraint&quot;)</translation>
    </message>
    <message>
        <source>batch_op.%1 is not an Alembic batch operation Schemalens knows; nothing is applied for it</source>
        <translation>batch_op.%1 ist keine Alembic-Batch-Operation, die Schemalens kennt; dafür wird nichts angewendet</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>fehlender Wert</translation>
    </message>
    <message>
        <source>integer %1 is out of range</source>
        <translation>Ganzzahl %1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>dictionary unpacking is not a literal</source>
        <translation>Dictionary-Entpacken ist kein Literal</translation>
    </message>
    <message>
        <source>expression &apos;%1&apos; is not a literal</source>
        <translation>Ausdruck &apos;%1&apos; ist kein Literal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a literal</source>
        <translation>&apos;%1&apos; ist kein Literal</translation>
    </message>
    <message>
        <source>argument unpacking (%1) is not followed statically</source>
        <translation>Argument-Entpacken (%1) wird statisch nicht verfolgt</translation>
    </message>
    <message>
        <source>f-string part &apos;%1&apos; is not a literal</source>
        <translation>f-String-Teil &apos;%1&apos; ist kein Literal</translation>
    </message>
    <message>
        <source>revision is not a string literal</source>
        <translation>revision ist kein String-Literal</translation>
    </message>
    <message>
        <source>down_revision is not a literal (None, a string or a tuple of strings)</source>
        <translation>down_revision ist kein Literal (None, ein String oder ein Tupel von Strings)</translation>
    </message>
    <message>
        <source>depends_on is not a literal</source>
        <translation>depends_on ist kein Literal</translation>
    </message>
    <message>
        <source>revision %1 is also declared in %2; this file is not applied</source>
        <translation>Revision %1 ist auch in %2 deklariert; diese Datei wird nicht angewendet</translation>
    </message>
    <message>
        <source>down_revision %1 of revision %2 is in no file; %2 is applied as if it started the history</source>
        <translation>down_revision %1 der Revision %2 steht in keiner Datei; %2 wird angewendet, als begänne mit ihr die Historie</translation>
    </message>
    <message>
        <source>depends_on %1 of revision %2 is in no file</source>
        <translation>depends_on %1 der Revision %2 steht in keiner Datei</translation>
    </message>
    <message>
        <source>revision %1 is on a cycle of down_revisions (%2); Alembic refuses to run it, Schemalens applies these revisions last, in file-name order</source>
        <translation>Revision %1 liegt auf einem Zyklus von down_revisions (%2); Alembic verweigert die Ausführung, Schemalens wendet diese Revisionen zuletzt in Dateinamen-Reihenfolge an</translation>
    </message>
    <message>
        <source>%1 heads (%2): `alembic upgrade head` refuses to run; Schemalens applies all of them, like `alembic upgrade heads`; a merge revision would join them</source>
        <translation>%1 Heads (%2): `alembic upgrade head` verweigert die Ausführung; Schemalens wendet alle an, wie `alembic upgrade heads`; eine Merge-Revision würde sie zusammenführen</translation>
    </message>
    <message>
        <source>not a SQLAlchemy type</source>
        <translation>kein SQLAlchemy-Typ</translation>
    </message>
    <message>
        <source>ARRAY has no SQLite form</source>
        <translation>ARRAY hat keine SQLite-Form</translation>
    </message>
    <message>
        <source>an Enum without a literal name= (SQLAlchemy names it after the Python enum class)</source>
        <translation>ein Enum ohne literales name= (SQLAlchemy benennt es nach der Python-Enum-Klasse)</translation>
    </message>
    <message>
        <source>the values of enum %1 come from code; the type is not created</source>
        <translation>die Werte des Enums %1 stammen aus Code; der Typ wird nicht angelegt</translation>
    </message>
    <message>
        <source>the values of this Enum come from code</source>
        <translation>die Werte dieses Enums stammen aus Code</translation>
    </message>
    <message>
        <source>%1 has no %2 form</source>
        <translation>%1 hat keine %2-Form</translation>
    </message>
    <message>
        <source>argument of %1 is not a literal</source>
        <translation>Argument von %1 ist kein Literal</translation>
    </message>
    <message>
        <source>server_default %1 is not a string, sa.text() or sa.func call</source>
        <translation>server_default %1 ist weder String noch sa.text() noch sa.func-Aufruf</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>expected table(...) here</source>
        <translation>hier wird table(...) erwartet</translation>
    </message>
    <message>
        <source>table prefix</source>
        <translation>Tabellenpräfix</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>create of &apos;%1&apos; is not an Ecto table, index or constraint</source>
        <translation>create von &apos;%1&apos; ist weder Ecto-Tabelle noch Index noch Constraint</translation>
    </message>
    <message>
        <source>primary_key option</source>
        <translation>Option primary_key</translation>
    </message>
    <message>
        <source>timestamps column name</source>
        <translation>Spaltenname von timestamps</translation>
    </message>
    <message>
        <source>%1 inside create: Ecto accepts only add there</source>
        <translation>%1 innerhalb von create: Ecto akzeptiert dort nur add</translation>
    </message>
    <message>
        <source>column name of %1</source>
        <translation>Spaltenname von %1</translation>
    </message>
    <message>
        <source>%1 of column %2 without a type</source>
        <translation>%1 der Spalte %2 ohne Typ</translation>
    </message>
    <message>
        <source>type of column %1</source>
        <translation>Typ der Spalte %1</translation>
    </message>
    <message>
        <source>default of column %1: %2; the column is kept without it</source>
        <translation>Default der Spalte %1: %2; die Spalte bleibt ohne ihn erhalten</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>default of column %1: %2; the default is left unchanged</source>
        <translation>Default der Spalte %1: %2; der Default bleibt unverändert</translation>
    </message>
    <message>
        <source>index table</source>
        <translation>Tabelle des Index</translation>
    </message>
    <message>
        <source>no columns</source>
        <translation>keine Spalten</translation>
    </message>
    <message>
        <source>index columns</source>
        <translation>Indexspalten</translation>
    </message>
    <message>
        <source>index option</source>
        <translation>Index-Option</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>Constraint</translation>
    </message>
    <message>
        <source>constraint() needs a table and a name</source>
        <translation>constraint() braucht eine Tabelle und einen Namen</translation>
    </message>
    <message>
        <source>constraint %1 has neither check: nor exclude:</source>
        <translation>Constraint %1 hat weder check: noch exclude:</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>drop</translation>
    </message>
    <message>
        <source>drop of &apos;%1&apos; is not an Ecto table, index or constraint</source>
        <translation>drop von &apos;%1&apos; ist weder Ecto-Tabelle noch Index noch Constraint</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>rename</translation>
    </message>
    <message>
        <source>this form of rename is not part of the Ecto migration DSL</source>
        <translation>diese Form von rename gehört nicht zur Migrations-DSL von Ecto</translation>
    </message>
    <message>
        <source>execute without SQL</source>
        <translation>execute ohne SQL</translation>
    </message>
    <message>
        <source>execute with a function runs code while migrating; what it changes is not in the schema</source>
        <translation>execute mit einer Funktion führt beim Migrieren Code aus; was er ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>execute</translation>
    </message>
    <message>
        <source>not an Ecto migration name (&lt;version&gt;_&lt;name&gt;.exs)</source>
        <translation>kein Ecto-Migrationsname (&lt;version&gt;_&lt;name&gt;.exs)</translation>
    </message>
    <message>
        <source>not an Ecto migration</source>
        <translation>keine Ecto-Migration</translation>
    </message>
    <message>
        <source>Ecto migrations, written as ecto_sql&apos;s PostgreSQL adapter does</source>
        <translation>Ecto-Migrationen, geschrieben wie es der PostgreSQL-Adapter von ecto_sql tut</translation>
    </message>
    <message>
        <source>Ecto migrations; mix.exs depends on postgrex</source>
        <translation>Ecto-Migrationen; mix.exs hängt von postgrex ab</translation>
    </message>
    <message>
        <source>Ecto migrations, written as ecto_sql&apos;s PostgreSQL adapter does (mix.exs names %1)</source>
        <translation>Ecto-Migrationen, geschrieben wie es der PostgreSQL-Adapter von ecto_sql tut (mix.exs nennt %1)</translation>
    </message>
    <message>
        <source>mix.exs depends on %1, not postgrex; Schemalens writes these Ecto migrations the way ecto_sql&apos;s PostgreSQL adapter does</source>
        <translation>mix.exs hängt von %1 ab, nicht von postgrex; Schemalens schreibt diese Ecto-Migrationen so, wie es der PostgreSQL-Adapter von ecto_sql tut</translation>
    </message>
    <message>
        <source>unsupported Ecto type</source>
        <translation>nicht unterstützter Ecto-Typ</translation>
    </message>
    <message>
        <source>the :generated option is not a string</source>
        <translation>die Option :generated ist kein String</translation>
    </message>
    <message>
        <source>a default string with a NUL byte</source>
        <translation>ein Default-String mit einem NUL-Byte</translation>
    </message>
    <message>
        <source>%1(...) is computed when the migration runs</source>
        <translation>%1(...) wird erst beim Ausführen der Migration berechnet</translation>
    </message>
    <message>
        <source>a default Ecto cannot write (a string, number, boolean, list, map or fragment is expected)</source>
        <translation>ein Default, den Ecto nicht schreiben kann (erwartet: String, Zahl, Boolean, Liste, Map oder fragment)</translation>
    </message>
    <message>
        <source>references() without a table name</source>
        <translation>references() ohne Tabellennamen</translation>
    </message>
    <message>
        <source>references(%1) option %2: %3</source>
        <translation>references(%1) Option %2: %3</translation>
    </message>
    <message>
        <source>the Elixir parser could not read this file</source>
        <translation>der Elixir-Parser konnte diese Datei nicht lesen</translation>
    </message>
    <message>
        <source>Elixir syntax error: the file ends inside an unclosed do/end, bracket or string</source>
        <translation>Elixir-Syntaxfehler: die Datei endet in einem nicht geschlossenen do/end, einer Klammer oder einem String</translation>
    </message>
    <message>
        <source>Elixir syntax error: missing %1</source>
        <translation>Elixir-Syntaxfehler: %1 fehlt</translation>
    </message>
    <message>
        <source>Elixir syntax error</source>
        <translation>Elixir-Syntaxfehler</translation>
    </message>
    <message>
        <source>Elixir syntax error near &apos;%1&apos;</source>
        <translation>Elixir-Syntaxfehler bei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no defmodule in this file; Ecto runs nothing from it</source>
        <translation>kein defmodule in dieser Datei; Ecto führt daraus nichts aus</translation>
    </message>
    <message>
        <source>this migration has neither change/0 nor up/0; nothing is applied</source>
        <translation>diese Migration hat weder change/0 noch up/0; nichts wird angewendet</translation>
    </message>
    <message>
        <source>a pipeline (|&gt;) is not followed statically; what it changes is not in the schema</source>
        <translation>eine Pipeline (|&gt;) wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a pattern match is not followed statically; the names it binds stay unknown</source>
        <translation>ein Pattern-Match wird statisch nicht verfolgt; die Namen, die er bindet, bleiben unbekannt</translation>
    </message>
    <message>
        <source>execute_file reads SQL from a file when the migration runs; that SQL is not in the schema</source>
        <translation>execute_file liest beim Ausführen der Migration SQL aus einer Datei; dieses SQL fehlt im Schema</translation>
    </message>
    <message>
        <source>a loop (%1) is not followed statically; what it changes is not in the schema</source>
        <translation>eine Schleife (%1) wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a conditional (%1) is not followed statically; what it changes is not in the schema</source>
        <translation>eine Bedingung (%1) wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>%1 runs against the database while migrating; its effect is not in the schema</source>
        <translation>%1 läuft beim Migrieren gegen die Datenbank; seine Wirkung fehlt im Schema</translation>
    </message>
    <message>
        <source>the helper function %1 is not followed statically; what it changes is not in the schema</source>
        <translation>die Hilfsfunktion %1 wird statisch nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>%1 outside a create/alter block changes no table</source>
        <translation>%1 außerhalb eines create/alter-Blocks ändert keine Tabelle</translation>
    </message>
    <message>
        <source>the call %1 is not part of the Ecto migration DSL; what it does is not in the schema</source>
        <translation>der Aufruf %1 gehört nicht zur Migrations-DSL von Ecto; was er bewirkt, fehlt im Schema</translation>
    </message>
    <message>
        <source>the helper function %1 calls itself too deeply to be followed</source>
        <translation>die Hilfsfunktion %1 ruft sich zu tief selbst auf, um verfolgt zu werden</translation>
    </message>
    <message>
        <source>%1() returns nothing</source>
        <translation>%1() liefert nichts</translation>
    </message>
    <message>
        <source>%1() does more than compute a value</source>
        <translation>%1() tut mehr, als einen Wert zu berechnen</translation>
    </message>
    <message>
        <source>a loop (for) over values not known statically is not followed; what it changes is not in the schema</source>
        <translation>eine Schleife (for) über statisch unbekannte Werte wird nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a loop (for) whose pattern does not match its values is not followed; what it changes is not in the schema</source>
        <translation>eine Schleife (for), deren Muster nicht zu ihren Werten passt, wird nicht verfolgt; was sie ändert, fehlt im Schema</translation>
    </message>
    <message>
        <source>a block of code</source>
        <translation>ein Codeblock</translation>
    </message>
    <message>
        <source>variable or function &apos;%1&apos; is not known statically</source>
        <translation>Variable oder Funktion &apos;%1&apos; ist statisch nicht bekannt</translation>
    </message>
    <message>
        <source>empty interpolation</source>
        <translation>leere Interpolation</translation>
    </message>
    <message>
        <source>interpolation of &apos;%1&apos; is not a literal</source>
        <translation>Interpolation von &apos;%1&apos; ist kein Literal</translation>
    </message>
    <message>
        <source>sigil ~%1 is not a string</source>
        <translation>Sigil ~%1 ist kein String</translation>
    </message>
    <message>
        <source>a struct is not a literal</source>
        <translation>ein Struct ist kein Literal</translation>
    </message>
    <message>
        <source>map update syntax is not a literal</source>
        <translation>Map-Update-Syntax ist kein Literal</translation>
    </message>
    <message>
        <source>module attribute @%1 is not set before its use</source>
        <translation>Modulattribut @%1 ist vor seiner Verwendung nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is a database, not a migration history: it has no migration to stop at</source>
        <translation>%1 ist eine Datenbank, keine Migrationshistorie: sie hat keine Migration, bei der man anhalten könnte</translation>
    </message>
    <message>
        <source>%1: Ecto migrations found, but this build cannot read them: it was built without the tree-sitter grammar %2. Run packaging/fetch-grammars.sh, then build again.</source>
        <translation>%1: Ecto-Migrationen gefunden, aber dieser Build kann sie nicht lesen: Er wurde ohne die tree-sitter-Grammatik %2 gebaut. Führen Sie packaging/fetch-grammars.sh aus und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: Alembic revisions found, but this build cannot read them: it was built without the tree-sitter grammar %2. Run packaging/fetch-grammars.sh, then build again.</source>
        <translation>%1: Alembic-Revisionen gefunden, aber dieser Build kann sie nicht lesen: Er wurde ohne die tree-sitter-Grammatik %2 gebaut. Führen Sie packaging/fetch-grammars.sh aus und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>no migration given</source>
        <translation>keine Migration angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the source has no migrations</source>
        <translation>&apos;%1&apos;: die Quelle hat keine Migrationen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: there are %2 migrations (#0 to #%2)</source>
        <translation>&apos;%1&apos;: es gibt %2 Migrationen (#0 bis #%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: expected #N, the number of migrations to apply</source>
        <translation>&apos;%1&apos;: #N erwartet, die Zahl der anzuwendenden Migrationen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names several migrations: %2</source>
        <translation>&apos;%1&apos; bezeichnet mehrere Migrationen: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; starts the names of several migrations: %2</source>
        <translation>&apos;%1&apos; ist der Anfang der Namen mehrerer Migrationen: %2</translation>
    </message>
    <message>
        <source>no migration matches &apos;%1&apos; (give a version, a file name or #N; the source has %2 migrations)</source>
        <translation>keine Migration passt zu &apos;%1&apos; (eine Version, einen Dateinamen oder #N angeben; die Quelle hat %2 Migrationen)</translation>
    </message>
    <message>
        <source>multiple assignments to same column &quot;%1&quot;</source>
        <translation>mehrere Zuweisungen an dieselbe Spalte »%1«</translation>
    </message>
    <message>
        <source>ON COMMIT can only be used on temporary tables</source>
        <translation>ON COMMIT kann nur für temporäre Tabellen verwendet werden</translation>
    </message>
    <message>
        <source>cannot use generated column &quot;%1&quot; in column generation expression</source>
        <translation>generierte Spalte »%1« kann nicht im Spaltengenerierungsausdruck verwendet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unique index</source>
        <translation>»%1« ist kein Unique Index</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; contains expressions</source>
        <translation>Index »%1« enthält Ausdrücke</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partial index</source>
        <translation>»%1« ist ein partieller Index</translation>
    </message>
    <message>
        <source>index &quot;%1&quot; is not a btree</source>
        <translation>Index »%1« ist kein B-Tree</translation>
    </message>
    <message>
        <source>; this one holds such a statement and runs without a transaction</source>
        <translation>; diese enthält eine solche Anweisung und läuft ohne Transaktion</translation>
    </message>
    <message>
        <source>the file&apos;s own BEGIN opened it</source>
        <translation>das eigene BEGIN der Datei hat ihn geöffnet</translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block</source>
        <translation>%1 kann nicht in einem Transaktionsblock laufen</translation>
    </message>
    <message>
        <source>LOCK TABLE can only be used in transaction blocks</source>
        <translation>LOCK TABLE kann nur in Transaktionsblöcken verwendet werden</translation>
    </message>
    <message>
        <source>%1 can only be used in transaction blocks</source>
        <translation>%1 kann nur in Transaktionsblöcken verwendet werden</translation>
    </message>
    <message>
        <source>Flyway runs each migration in a transaction unless it holds a statement that cannot run in one</source>
        <translation>Flyway führt jede Migration in einer Transaktion aus, außer sie enthält eine Anweisung, die in keiner laufen kann</translation>
    </message>
    <message>
        <source>the Supabase CLI runs each migration in a transaction and runs statements that cannot run in one on their own</source>
        <translation>die Supabase-CLI führt jede Migration in einer Transaktion aus und Anweisungen, die in keiner laufen können, für sich allein</translation>
    </message>
    <message>
        <source>goose runs each migration in a transaction (unless -- +goose NO TRANSACTION)</source>
        <translation>goose führt jede Migration in einer Transaktion aus (außer bei -- +goose NO TRANSACTION)</translation>
    </message>
    <message>
        <source>dbmate runs each migration in a transaction (unless transaction:false)</source>
        <translation>dbmate führt jede Migration in einer Transaktion aus (außer bei transaction:false)</translation>
    </message>
    <message>
        <source>Diesel runs each migration in a transaction (unless run_in_transaction = false)</source>
        <translation>Diesel führt jede Migration in einer Transaktion aus (außer bei run_in_transaction = false)</translation>
    </message>
    <message>
        <source>sqlx runs each migration in a transaction (unless it starts with -- no-transaction)</source>
        <translation>sqlx führt jede Migration in einer Transaktion aus (außer sie beginnt mit -- no-transaction)</translation>
    </message>
    <message>
        <source>drizzle-kit runs pending migrations in one transaction</source>
        <translation>drizzle-kit führt anstehende Migrationen in einer Transaktion aus</translation>
    </message>
    <message>
        <source>popx runs each migration in a transaction (unless the file is .autocommit)</source>
        <translation>popx führt jede Migration in einer Transaktion aus (außer die Datei ist .autocommit)</translation>
    </message>
    <message>
        <source>Synapse applies each schema delta inside a transaction</source>
        <translation>Synapse wendet jedes Schema-Delta in einer Transaktion an</translation>
    </message>
    <message>
        <source>Ecto runs each migration in a transaction (unless @disable_ddl_transaction)</source>
        <translation>Ecto führt jede Migration in einer Transaktion aus (außer bei @disable_ddl_transaction)</translation>
    </message>
    <message>
        <source>Alembic runs migrations in a transaction</source>
        <translation>Alembic führt Migrationen in einer Transaktion aus</translation>
    </message>
    <message>
        <source>Prisma sends each migration as one multi-statement query, which PostgreSQL runs as one transaction</source>
        <translation>Prisma sendet jede Migration als eine Abfrage mit mehreren Anweisungen, die PostgreSQL als eine Transaktion ausführt</translation>
    </message>
    <message>
        <source>golang-migrate sends each migration as one multi-statement query, which PostgreSQL runs as one transaction</source>
        <translation>golang-migrate sendet jede Migration als eine Abfrage mit mehreren Anweisungen, die PostgreSQL als eine Transaktion ausführt</translation>
    </message>
    <message>
        <source>Postgrator sends each migration as one multi-statement query, which PostgreSQL runs as one transaction</source>
        <translation>Postgrator sendet jede Migration als eine Abfrage mit mehreren Anweisungen, die PostgreSQL als eine Transaktion ausführt</translation>
    </message>
    <message>
        <source>sqitch runs each script through psql, statement by statement (its scripts carry their own BEGIN)</source>
        <translation>sqitch führt jedes Skript über psql aus, Anweisung für Anweisung (seine Skripte bringen ihr eigenes BEGIN mit)</translation>
    </message>
    <message>
        <source>each statement commits on its own</source>
        <translation>jede Anweisung wird für sich committet</translation>
    </message>
    <message>
        <source>this migration opts out of the tool&apos;s transaction</source>
        <translation>diese Migration verzichtet auf die Transaktion des Werkzeugs</translation>
    </message>
    <message>
        <source>the review file says migrations run in a transaction (migrationsInTransaction)</source>
        <translation>die Review-Datei sagt, dass Migrationen in einer Transaktion laufen (migrationsInTransaction)</translation>
    </message>
    <message>
        <source>the review file says migrations run without a transaction (migrationsInTransaction)</source>
        <translation>die Review-Datei sagt, dass Migrationen ohne Transaktion laufen (migrationsInTransaction)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) (%1) have the project&apos;s own type %2; they are kept as columns of that name whose database type is unknown</source>
        <translation>
            <numerusform>%n Spalte (%1) hat den projekteigenen Typ %2; sie bleibt als Spalte dieses Namens mit unbekanntem Datenbanktyp erhalten</numerusform>
            <numerusform>%n Spalten (%1) haben den projekteigenen Typ %2; sie bleiben als Spalten dieses Namens mit unbekanntem Datenbanktyp erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>DO without a code block: PostgreSQL refuses it (no inline code specified)</source>
        <translation>DO ohne Codeblock: PostgreSQL lehnt das ab (no inline code specified)</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::AboutDialog</name>
    <message>
        <source>About Schemalens</source>
        <translation>Über Schemalens</translation>
    </message>
    <message>
        <source>Explore database schemas as diagrams and review them like a senior database engineer would.</source>
        <translation>Datenbankschemas als Diagramme erkunden und prüfen, wie es ein erfahrener Datenbankentwickler tun würde.</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::AgendaDialog</name>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter goes there · Esc returns</source>
        <translation>↑ ↓ auswählen · Eingabe springt dorthin · Esc zurück</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::AreaWidget</name>
    <message>
        <source>1 more neighbouring table is not shown</source>
        <translation>1 weitere benachbarte Tabelle ist nicht dargestellt</translation>
    </message>
    <message>
        <source>%1 more neighbouring tables are not shown</source>
        <translation>%1 weitere benachbarte Tabellen sind nicht dargestellt</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::ConnectionDialog</name>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database or host=… dbname=…</source>
        <translation>postgresql://user@host:5432/database oder host=… dbname=…</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>V&amp;erbinden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Connection works.</source>
        <translation>Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Never saved. Leave empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Wird nie gespeichert. Leer lassen, um ~/.pgpass oder PGPASSWORD zu verwenden.</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::DecisionEditor</name>
    <message>
        <source>&lt;b&gt;Decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entscheidung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Note: what was agreed, and why (a won&apos;t-fix needs a reason)</source>
        <translation>Notiz: was vereinbart wurde und warum („wird nicht behoben“ braucht eine Begründung)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Save the note and owner (Ctrl+Enter)</source>
        <translation>Notiz und Zuständigkeit speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>The review file cannot be read, so decisions are not saved: %1</source>
        <translation>Die Review-Datei ist nicht lesbar, deshalb werden Entscheidungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Decided %1 · kept in %2</source>
        <translation>Entschieden am %1 · gespeichert in %2</translation>
    </message>
    <message>
        <source>Not decided yet · decisions are kept in %1</source>
        <translation>Noch nicht entschieden · Entscheidungen werden in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::DetailsPane</name>
    <message>
        <source>&amp;Copy fix</source>
        <translation>Korrektur &amp;kopieren</translation>
    </message>
    <message>
        <source>Open &amp;source</source>
        <translation>&amp;Quelle öffnen</translation>
    </message>
    <message>
        <source>Select a finding to see why it matters and how to fix it.</source>
        <translation>Einen Befund auswählen, um zu sehen, warum er wichtig ist und wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
    <message>
        <source>The fix SQL is on the clipboard.</source>
        <translation>Das Korrektur-SQL ist in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::DiagramController</name>
    <message>
        <source>The diagram could not be laid out.</source>
        <translation>Das Diagramm konnte nicht angeordnet werden.</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tables</source>
        <translation>
            <numerusform>%n Tabelle verschieben</numerusform>
            <numerusform>%n Tabellen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>Reset Arrangement</source>
        <translation>Anordnung zurücksetzen</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::ExportDialog</name>
    <message>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Whole diagram</source>
        <translation>Ganzes Diagramm</translation>
    </message>
    <message>
        <source>Visible area</source>
        <translation>Sichtbarer Bereich</translation>
    </message>
    <message>
        <source>Focused neighbourhood</source>
        <translation>Fokussierte Umgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Show review &amp;findings</source>
        <translation>Befunde an&amp;zeigen</translation>
    </message>
    <message>
        <source>Include title and &amp;legend</source>
        <translation>Titel und &amp;Legende einschließen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Eine Datei für den Export wählen.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::FilterDialog</name>
    <message>
        <source>What the meeting walks</source>
        <translation>Was die Besprechung durchgeht</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation>&amp;Fehler</translation>
    </message>
    <message>
        <source>&amp;Warnings</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>&amp;Info</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Rule &amp;families (none checked: all)</source>
        <translation>Regel&amp;familien (keine angekreuzt: alle)</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>alle Tabellen</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>&amp;Undecided findings only</source>
        <translation>Nur &amp;unentschiedene Befunde</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::FindingsModel</name>
    <message>
        <source>Schema and migrations</source>
        <translation>Schema und Migrationen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 confidence · rank %4
%5</source>
        <translation>%1 · %2 · Sicherheit %3 · Rang %4
%5</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>Nach Regel</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Nach Tabelle</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Hide low confidence</source>
        <translation>Geringe Sicherheit ausblenden</translation>
    </message>
    <message>
        <source>Hide findings that rest on names alone or that the schema explains (a comment, a library&apos;s table)</source>
        <translation>Befunde ausblenden, die nur auf Namen beruhen oder die das Schema erklärt (ein Kommentar, die Tabelle einer Bibliothek)</translation>
    </message>
    <message>
        <source>By rank</source>
        <translation>Nach Rang</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::MainWindow</name>
    <message>
        <source>Layout %p%</source>
        <translation>Layout %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc)</source>
        <translation>Laden anhalten (Esc)</translation>
    </message>
    <message>
        <source>Layout cancelled.</source>
        <translation>Layout abgebrochen.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Review Report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open F&amp;ile…</source>
        <translation>D&amp;atei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Bei&amp;spiel öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent Sources</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Table or Column…</source>
        <translation>Tabelle oder Spalte &amp;suchen…</translation>
    </message>
    <message>
        <source>Filter &amp;Findings…</source>
        <translation>&amp;Befunde filtern…</translation>
    </message>
    <message>
        <source>&amp;Cancel Loading</source>
        <translation>Laden &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Schemalens</source>
        <translation>Ü&amp;ber Schemalens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Schemalens</source>
        <translation>Schemalens</translation>
    </message>
    <message>
        <source>%1 — Schemalens</source>
        <translation>%1 — Schemalens</translation>
    </message>
    <message>
        <source>Open Migration Folder</source>
        <translation>Migrationsordner öffnen</translation>
    </message>
    <message>
        <source>Open Schema File</source>
        <translation>Schemadatei öffnen</translation>
    </message>
    <message>
        <source>Schemas and databases (*.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Schemas und Datenbanken (*.sql *.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
    <message>
        <source>The bundled example is not installed.</source>
        <translation>Das mitgelieferte Beispiel ist nicht installiert.</translation>
    </message>
    <message>
        <source>review file problems: %1</source>
        <translation>Probleme mit der Review-Datei: %1</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Could not open the source</source>
        <translation>Die Quelle konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Source — %1</source>
        <translation>Quelle — %1</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Diagram</source>
        <translation>Diagramm ein&amp;passen</translation>
    </message>
    <message>
        <source>Show Findings on &amp;Diagram</source>
        <translation>Befunde im &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>&amp;Overview Map</source>
        <translation>Ü&amp;bersichtskarte</translation>
    </message>
    <message>
        <source>Focus on &amp;Neighbours</source>
        <translation>Auf &amp;Nachbarn fokussieren</translation>
    </message>
    <message>
        <source>Focus on Two &amp;Hops</source>
        <translation>Auf zwei &amp;Schritte fokussieren</translation>
    </message>
    <message>
        <source>Show &amp;Whole Diagram</source>
        <translation>Ganzes Diagramm &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide Selected Table</source>
        <translation>Ausgewählte Tabelle &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Find table or column (Ctrl+F)</source>
        <translation>Tabelle oder Spalte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language is used the next time Schemalens starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Schemalens verwendet.</translation>
    </message>
    <message>
        <source>Open with &amp;Options…</source>
        <translation>Mit &amp;Optionen öffnen…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Export &amp;Review…</source>
        <translation>&amp;Prüfbericht exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>loaded in %1 ms, reviewed in %2 ms</source>
        <translation>geladen in %1 ms, geprüft in %2 ms</translation>
    </message>
    <message>
        <source>Showing %1 again, which was hidden.</source>
        <translation>%1 war ausgeblendet und wird wieder gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>%1 is not on the diagram.</source>
        <translation>%1 ist nicht im Diagramm.</translation>
    </message>
    <message>
        <source>&amp;Hide Table</source>
        <translation>Tabelle aus&amp;blenden</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>&amp;Namen kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;Source</source>
        <translation>In der &amp;Quelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Export This Neighbourhood…</source>
        <translation>Diese Umgebung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 gehen</translation>
    </message>
    <message>
        <source>&amp;Copy Reference</source>
        <translation>Referenz &amp;kopieren</translation>
    </message>
    <message>
        <source>Show on &amp;Diagram</source>
        <translation>Im &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Copy &amp;Message</source>
        <translation>&amp;Meldung kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Fix SQL</source>
        <translation>&amp;Korrektur-SQL kopieren</translation>
    </message>
    <message>
        <source>Copy F&amp;ingerprint</source>
        <translation>F&amp;ingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Diagram exported to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>Open a source first.</source>
        <translation>Zuerst eine Quelle öffnen.</translation>
    </message>
    <message>
        <source>Unknown report type .%1: use .html, .md, .sarif, .json or .txt.</source>
        <translation>Unbekannter Berichtstyp .%1: .html, .md, .sarif, .json oder .txt verwenden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>SARIF for code scanning (*.sarif)</source>
        <translation>SARIF für Code-Scanning (*.sarif)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Review exported to %1</source>
        <translation>Prüfbericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Source Files</source>
        <translation>Quelldateien</translation>
    </message>
    <message>
        <source>Read as &amp;PostgreSQL</source>
        <translation>Als &amp;PostgreSQL lesen</translation>
    </message>
    <message>
        <source>Read as &amp;SQLite</source>
        <translation>Als &amp;SQLite lesen</translation>
    </message>
    <message>
        <source>&amp;Detect Automatically</source>
        <translation>Automatisch &amp;erkennen</translation>
    </message>
    <message>
        <source>&lt;b&gt;No tables were loaded from this source.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Aus dieser Quelle wurden keine Tabellen geladen.&lt;/b&gt; </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while loading: %1.</source>
        <translation>
            <numerusform>%n Problem beim Laden: %1.</numerusform>
            <numerusform>%n Probleme beim Laden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not applied.</source>
        <translation>
            <numerusform>%n Datei nicht angewendet.</numerusform>
            <numerusform>%n Dateien nicht angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation>erkannt: %1</translation>
    </message>
    <message>
        <source>chosen for this source</source>
        <translation>für diese Quelle gewählt</translation>
    </message>
    <message>
        <source>SQL dialect (%1). Click to read the source as another dialect; the choice is remembered for this source.</source>
        <translation>SQL-Dialekt (%1). Klicken, um die Quelle in einem anderen Dialekt zu lesen; die Wahl wird für diese Quelle gemerkt.</translation>
    </message>
    <message>
        <source>Hidden &amp;Tables</source>
        <translation>Ausgeblendete &amp;Tabellen</translation>
    </message>
    <message>
        <source>No table is hidden</source>
        <translation>Keine Tabelle ist ausgeblendet</translation>
    </message>
    <message>
        <source>Show &amp;All Hidden Tables</source>
        <translation>&amp;Alle ausgeblendeten Tabellen zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Views</source>
        <translation>&amp;Sichten zeigen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;All Columns</source>
        <translation>&amp;Alle Spalten</translation>
    </message>
    <message>
        <source>&amp;Keys and Findings</source>
        <translation>&amp;Schlüssel und Befunde</translation>
    </message>
    <message>
        <source>Table &amp;Names Only</source>
        <translation>Nur Tabellen&amp;namen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Anordnen</translation>
    </message>
    <message>
        <source>&amp;Arrange Around Pinned Tables</source>
        <translation>Um angeheftete Tabellen &amp;anordnen</translation>
    </message>
    <message>
        <source>&amp;Pin Selected Tables</source>
        <translation>Ausgewählte Tabellen an&amp;heften</translation>
    </message>
    <message>
        <source>&amp;Unpin Selected Tables</source>
        <translation>Ausgewählte Tabellen &amp;lösen</translation>
    </message>
    <message>
        <source>&amp;Reset Arrangement</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>New &amp;View From Selection…</source>
        <translation>Neue &amp;Ansicht aus Auswahl…</translation>
    </message>
    <message>
        <source>Export &amp;Minutes…</source>
        <translation>&amp;Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Remove Resolved &amp;Decisions…</source>
        <translation>Erledigte &amp;Entscheidungen entfernen…</translation>
    </message>
    <message>
        <source>&amp;Present Findings</source>
        <translation>Befunde &amp;präsentieren</translation>
    </message>
    <message>
        <source>Walk the findings full screen in a design review meeting</source>
        <translation>Die Befunde in einer Design-Review-Besprechung im Vollbild durchgehen</translation>
    </message>
    <message>
        <source>%1 of %2 findings decided</source>
        <translation>%1 von %2 Befunden entschieden</translation>
    </message>
    <message>
        <source>1 decision resolved: its finding no longer appears</source>
        <translation>1 Entscheidung erledigt: ihr Befund tritt nicht mehr auf</translation>
    </message>
    <message>
        <source>%1 decisions resolved: their findings no longer appear</source>
        <translation>%1 Entscheidungen erledigt: ihre Befunde treten nicht mehr auf</translation>
    </message>
    <message>
        <source>review file unreadable: %1</source>
        <translation>Review-Datei nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Export Minutes</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML with pictures (*.html)</source>
        <translation>Markdown (*.md);;HTML mit Bildern (*.html)</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Protokoll wird geschrieben…</translation>
    </message>
    <message>
        <source>Minutes written to %1</source>
        <translation>Protokoll nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Could not write the minutes: %1</source>
        <translation>Das Protokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Resolved Decisions</source>
        <translation>Erledigte Entscheidungen</translation>
    </message>
    <message>
        <source>Every decision in the review file still has its finding.</source>
        <translation>Jede Entscheidung in der Review-Datei hat noch ihren Befund.</translation>
    </message>
    <message>
        <source>Remove Resolved Decisions</source>
        <translation>Erledigte Entscheidungen entfernen</translation>
    </message>
    <message>
        <source>%1 decisions no longer match a finding (the migrations fixed it, or the rule no longer applies). Remove them from %2?</source>
        <translation>%1 Entscheidungen passen zu keinem Befund mehr (die Migrationen haben ihn behoben, oder die Regel greift nicht mehr). Aus %2 entfernen?</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::MeetingStore</name>
    <message>
        <source>Schemalens review file of %1</source>
        <translation>Schemalens-Review-Datei von %1</translation>
    </message>
    <message>
        <source>A won&apos;t-fix decision needs a reason: write it in the note.</source>
        <translation>„Wird nicht behoben“ braucht eine Begründung: bitte in die Notiz schreiben.</translation>
    </message>
    <message>
        <source>There is no review file to write the decision to.</source>
        <translation>Es gibt keine Review-Datei, in die die Entscheidung geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The review file cannot be read, so it is not written: %1</source>
        <translation>Die Review-Datei ist nicht lesbar und wird deshalb nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::NoteDialog</name>
    <message>
        <source>What was agreed, and why</source>
        <translation>Was vereinbart wurde und warum</translation>
    </message>
    <message>
        <source>Who follows it up</source>
        <translation>Wer sich darum kümmert</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves · Esc cancels</source>
        <translation>Strg+Eingabe speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::NoteEditor</name>
    <message>
        <source>&lt;b&gt;Note on&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notiz zu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A design remark that is not a finding</source>
        <translation>Eine Anmerkung zum Entwurf, die kein Befund ist</translation>
    </message>
    <message>
        <source>Save Note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter); an empty note removes it</source>
        <translation>Notiz speichern (Strg+Eingabe); eine leere Notiz entfernt sie</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The review file cannot be read, so notes are not saved.</source>
        <translation>Die Review-Datei ist nicht lesbar, deshalb werden Notizen nicht gespeichert.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notiz entfernt.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::OpenSourceDialog</name>
    <message>
        <source>Open with Options</source>
        <translation>Mit Optionen öffnen</translation>
    </message>
    <message>
        <source>Migration folder, schema file or SQLite database</source>
        <translation>Migrationsordner, Schemadatei oder SQLite-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>F&amp;ile…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>e.g. 003_users.sql, 001_init.sql — or @order.txt</source>
        <translation>z. B. 003_users.sql, 001_init.sql — oder @reihenfolge.txt</translation>
    </message>
    <message>
        <source>&amp;Order File…</source>
        <translation>&amp;Reihenfolge-Datei…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>Apply &amp;first:</source>
        <translation>&amp;Zuerst anwenden:</translation>
    </message>
    <message>
        <source>Migrations listed here are applied first, in this order; the rest follow in the order the tool would use. Both choices are remembered for this source.</source>
        <translation>Die hier genannten Migrationen werden zuerst angewendet, in dieser Reihenfolge; die übrigen folgen in der Reihenfolge des Werkzeugs. Beide Einstellungen werden für diese Quelle gemerkt.</translation>
    </message>
    <message>
        <source>Open Migration Folder</source>
        <translation>Migrationsordner öffnen</translation>
    </message>
    <message>
        <source>Open Schema File</source>
        <translation>Schemadatei öffnen</translation>
    </message>
    <message>
        <source>Order File (one migration per line)</source>
        <translation>Reihenfolge-Datei (eine Migration pro Zeile)</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::PresentationWindow</name>
    <message>
        <source>Design review — %1</source>
        <translation>Design-Review — %1</translation>
    </message>
    <message>
        <source>Nothing to walk</source>
        <translation>Nichts durchzugehen</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 decided</source>
        <translation>%1 von %2 · %3 entschieden</translation>
    </message>
    <message>
        <source>Design review · %1 · %2</source>
        <translation>Design-Review · %1 · %2</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation>Kein Befund passt zum Filter.</translation>
    </message>
    <message>
        <source>Press F to change what the meeting walks, or Esc to leave.</source>
        <translation>F ändert, was die Besprechung durchgeht; Esc beendet.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Migration: %1</source>
        <translation>Migration: %1</translation>
    </message>
    <message>
        <source>This finding is about the schema as a whole.</source>
        <translation>Dieser Befund betrifft das Schema als Ganzes.</translation>
    </message>
    <message>
        <source>The tables of this finding could not be laid out.</source>
        <translation>Die Tabellen dieses Befunds konnten nicht angeordnet werden.</translation>
    </message>
    <message>
        <source>Laying out the tables…</source>
        <translation>Tabellen werden angeordnet…</translation>
    </message>
    <message>
        <source>Not decided yet: press 1 to 5.</source>
        <translation>Noch nicht entschieden: 1 bis 5 drücken.</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>zuständig: %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>move</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>light/dark</source>
        <translation>hell/dunkel</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>beenden</translation>
    </message>
    <message>
        <source>Why won&apos;t it be fixed?</source>
        <translation>Warum wird es nicht behoben?</translation>
    </message>
    <message>
        <source>Note on this finding</source>
        <translation>Notiz zu diesem Befund</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::ProblemBanner</name>
    <message>
        <source>Show &amp;Problems</source>
        <translation>&amp;Probleme zeigen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::SourcePanel</name>
    <message>
        <source>unknown dialect</source>
        <translation>unbekannter Dialekt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No source is open.</source>
        <translation>Keine Quelle geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n parse error(s)</source>
        <translation>
            <numerusform>%n Syntaxfehler</numerusform>
            <numerusform>%n Syntaxfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n migration error(s)</source>
        <translation>
            <numerusform>%n Migrationsfehler</numerusform>
            <numerusform>%n Migrationsfehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source warning(s)</source>
        <translation>
            <numerusform>%n Quellenwarnung</numerusform>
            <numerusform>%n Quellenwarnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s)</source>
        <translation>
            <numerusform>%n anderes Problem</numerusform>
            <numerusform>%n andere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · layout &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Struktur &lt;b&gt;%2&lt;/b&gt; · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) applied</source>
        <translation>
            <numerusform>%n Datei angewendet</numerusform>
            <numerusform>%n Dateien angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not applied</source>
        <translation>
            <numerusform>%n nicht angewendet</numerusform>
            <numerusform>%n nicht angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s), %1 applied</source>
        <translation>
            <numerusform>%n Anweisung, %1 angewendet</numerusform>
            <numerusform>%n Anweisungen, %1 angewendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>none: every statement applied</source>
        <translation>keine: jede Anweisung angewendet</translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation>Nicht angewendet (%1)</translation>
    </message>
    <message>
        <source>files the layout does not run as migrations</source>
        <translation>Dateien, die das Werkzeug nicht als Migration ausführt</translation>
    </message>
    <message>
        <source>Applied (%1)</source>
        <translation>Angewendet (%1)</translation>
    </message>
    <message>
        <source>in the order the tool runs them</source>
        <translation>in der Reihenfolge des Werkzeugs</translation>
    </message>
    <message>
        <source>outside a transaction</source>
        <translation>außerhalb einer Transaktion</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::SourceViewer</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to show (%2 MB).</source>
        <translation>%1 ist zu groß für die Anzeige (%2 MB).</translation>
    </message>
    <message>
        <source>Double-click a finding or a file to see its source here.</source>
        <translation>Einen Befund oder eine Datei doppelklicken, um hier die Quelle zu sehen.</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::TimelineDock</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Previous migration</source>
        <translation>Vorige Migration</translation>
    </message>
    <message>
        <source>Next migration</source>
        <translation>Nächste Migration</translation>
    </message>
    <message>
        <source>The schema after this migration</source>
        <translation>Das Schema nach dieser Migration</translation>
    </message>
    <message>
        <source>Full Schema</source>
        <translation>Ganzes Schema</translation>
    </message>
    <message>
        <source>Show the whole schema as the migrations leave it, with its findings</source>
        <translation>Das ganze Schema zeigen, wie die Migrationen es hinterlassen, mit seinen Befunden</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare this schema with another source: a branch&apos;s migration folder, a schema file, a SQLite database or a live PostgreSQL database</source>
        <translation>Dieses Schema mit einer anderen Quelle vergleichen: dem Migrationsordner eines Branches, einer Schemadatei, einer SQLite-Datenbank oder einer laufenden PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Migration &amp;Folder…</source>
        <translation>Migrations&amp;ordner…</translation>
    </message>
    <message>
        <source>Compare with Folder</source>
        <translation>Mit Ordner vergleichen</translation>
    </message>
    <message>
        <source>Schema or Database &amp;File…</source>
        <translation>Schema- oder Datenbank&amp;datei…</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>Schemas and databases (*.sql *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Schemas und Datenbanken (*.sql *.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL Database…</source>
        <translation>&amp;PostgreSQL-Datenbank…</translation>
    </message>
    <message>
        <source>Pick a migration to see the schema after it; pick several (Shift) to see what they changed together</source>
        <translation>Eine Migration wählen, um das Schema danach zu sehen; mehrere (Umschalt) zeigen, was sie zusammen geändert haben</translation>
    </message>
    <message>
        <source>Back to the Timeline</source>
        <translation>Zurück zur Zeitleiste</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Open a migration folder to step through its history.</source>
        <translation>Einen Migrationsordner öffnen, um seine Historie durchzugehen.</translation>
    </message>
    <message>
        <source>%1 has no migration history. &lt;i&gt;Compare with…&lt;/i&gt; shows how it differs from another source.</source>
        <translation>%1 hat keine Migrationshistorie. &lt;i&gt;Vergleichen mit…&lt;/i&gt; zeigt, wie es sich von einer anderen Quelle unterscheidet.</translation>
    </message>
    <message>
        <source>1 migration.</source>
        <translation>1 Migration.</translation>
    </message>
    <message>
        <source>%1 migrations.</source>
        <translation>%1 Migrationen.</translation>
    </message>
    <message>
        <source>Pick one to see the schema as it was after it, marked with what it changed.</source>
        <translation>Eine wählen, um das Schema danach zu sehen, markiert mit ihren Änderungen.</translation>
    </message>
    <message>
        <source>After migration %1 of %2, &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Nach Migration %1 von %2, &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Migrations %1 to %2 of %3 together</source>
        <translation>Migrationen %1 bis %2 von %3 zusammen</translation>
    </message>
    <message>
        <source>The full schema, as the migrations leave it.</source>
        <translation>Das ganze Schema, wie die Migrationen es hinterlassen.</translation>
    </message>
    <message>
        <source>Loading %1 to compare…</source>
        <translation>%1 wird zum Vergleich geladen…</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interner Fehler</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; compared with &lt;b&gt;%2&lt;/b&gt;: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; verglichen mit &lt;b&gt;%2&lt;/b&gt;: %3</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::TimelineModel</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The findings of each migration are being reviewed…</source>
        <translation>Die Befunde jeder Migration werden geprüft…</translation>
    </message>
    <message>
        <source>Introduced:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>Fixed:</source>
        <translation>Behoben:</translation>
    </message>
    <message>
        <source>No finding came or went.</source>
        <translation>Kein Befund kam oder ging.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::ViewsPanel</name>
    <message>
        <source>New View</source>
        <translation>Neue Ansicht</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>From the Selected Tables</source>
        <translation>Aus den ausgewählten Tabellen</translation>
    </message>
    <message>
        <source>From the Search Results</source>
        <translation>Aus den Suchergebnissen</translation>
    </message>
    <message>
        <source>From the Selected Table and Its Neighbours</source>
        <translation>Aus der ausgewählten Tabelle und ihren Nachbarn</translation>
    </message>
    <message>
        <source>From a Schema</source>
        <translation>Aus einem Schema</translation>
    </message>
    <message>
        <source>Whole schema</source>
        <translation>Ganzes Schema</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tables)</source>
        <translation>
            <numerusform>%1 (%n Tabelle)</numerusform>
            <numerusform>%1 (%n Tabellen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Around %1</source>
        <translation>Um %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>The search finds no table. Type in the find box first.</source>
        <translation>Die Suche findet keine Tabelle. Zuerst etwas ins Suchfeld eingeben.</translation>
    </message>
    <message>
        <source>Select one or more tables first.</source>
        <translation>Zuerst eine oder mehrere Tabellen auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Name of the view (%n tables):</source>
        <translation>
            <numerusform>Name der Ansicht (%n Tabelle):</numerusform>
            <numerusform>Name der Ansicht (%n Tabellen):</numerusform>
        </translation>
    </message>
    <message>
        <source>A view named &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
</context>
<context>
    <name>schemalens::gui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Schemalens&lt;/h1&gt;&lt;p&gt;Open a migration folder, a schema dump, a SQLite database or a PostgreSQL connection to see its diagram and review findings. You can also drop a folder or file here.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Schemalens&lt;/h1&gt;&lt;p&gt;Öffnen Sie einen Migrationsordner, einen Schema-Dump, eine SQLite-Datenbank oder eine PostgreSQL-Verbindung, um Diagramm und Prüfbefunde zu sehen. Sie können auch einen Ordner oder eine Datei hierher ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>A small shop schema with typical findings</source>
        <translation>Ein kleines Shop-Schema mit typischen Befunden</translation>
    </message>
    <message>
        <source>Open a migration folder…</source>
        <translation>Migrationsordner öffnen…</translation>
    </message>
    <message>
        <source>Flyway, golang-migrate, dbmate, Diesel, Prisma, Drizzle, Supabase, sqitch…</source>
        <translation>Flyway, golang-migrate, dbmate, Diesel, Prisma, Drizzle, Supabase, sqitch…</translation>
    </message>
    <message>
        <source>Open a schema file or SQLite database…</source>
        <translation>Schemadatei oder SQLite-Datenbank öffnen…</translation>
    </message>
    <message>
        <source>pg_dump, structure.sql, .db</source>
        <translation>pg_dump, structure.sql, .db</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL verbinden…</translation>
    </message>
    <message>
        <source>Read-only; the password is never saved</source>
        <translation>Nur lesend; das Passwort wird nie gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt geöffnet&lt;/b&gt;</translation>
    </message>
</context>
</TS>
