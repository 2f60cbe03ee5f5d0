<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Analysis</name>
    <message>
        <source>it failed</source>
        <translation>es ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Chart exported from faster.codes</source>
        <translation>Aus faster.codes exportiertes Diagramm</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Distribution of wall times</source>
        <translation>Verteilung der Laufzeiten</translation>
    </message>
    <message>
        <source>wall time (ms, log scale)</source>
        <translation>Laufzeit (ms, logarithmisch)</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>Laufzeit (ms)</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>CPU time (ms)</source>
        <translation>CPU-Zeit (ms)</translation>
    </message>
    <message>
        <source>peak memory (MiB)</source>
        <translation>Spitzenspeicher (MiB)</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Wall time run by run</source>
        <translation>Laufzeit Lauf für Lauf</translation>
    </message>
    <message>
        <source>run (warm-ups at 0 and below)</source>
        <translation>Lauf (Aufwärmläufe bei 0 und darunter)</translation>
    </message>
    <message>
        <source>%1 warm-up</source>
        <translation>%1 Aufwärmen</translation>
    </message>
    <message>
        <source>CPU over time (median run)</source>
        <translation>CPU im Zeitverlauf (Median-Lauf)</translation>
    </message>
    <message>
        <source>Memory over time (median run)</source>
        <translation>Speicher im Zeitverlauf (Median-Lauf)</translation>
    </message>
    <message>
        <source>time since start (ms)</source>
        <translation>Zeit seit dem Start (ms)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>no samples recorded</source>
        <translation>keine Messpunkte aufgezeichnet</translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>This build cannot write that format.</source>
        <translation>Diese Version kann dieses Format nicht schreiben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>%1 did not compile: %2:%3</source>
        <translation>%1 ließ sich nicht kompilieren: %2:%3</translation>
    </message>
    <message>
        <source>%1 did not compile</source>
        <translation>%1 ließ sich nicht kompilieren</translation>
    </message>
    <message>
        <source>%1 crashed: signal %2</source>
        <translation>%1 ist abgestürzt: Signal %2</translation>
    </message>
    <message>
        <source>%1 crashed: signal %2 (%3)</source>
        <translation>%1 ist abgestürzt: Signal %2 (%3)</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1 endete mit Code %2</translation>
    </message>
    <message>
        <source>%1 exited with an error</source>
        <translation>%1 endete mit einem Fehler</translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation>%1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>%1 hit the memory limit</source>
        <translation>%1 hat das Speicherlimit erreicht</translation>
    </message>
    <message>
        <source>%1 hit the process limit</source>
        <translation>%1 hat das Prozesslimit erreicht</translation>
    </message>
    <message>
        <source>%1 cannot run: toolchain not installed</source>
        <translation>%1 kann nicht laufen: Toolchain nicht installiert</translation>
    </message>
    <message>
        <source>Stopped before the comparison was complete</source>
        <translation>Angehalten, bevor der Vergleich fertig war</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>%1 konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Click a diagnostic to jump to its line.</source>
        <translation>Klicken Sie auf eine Meldung, um zu ihrer Zeile zu springen.</translation>
    </message>
    <message>
        <source>Raise the timeout in the toolbar, or make the program do less work.</source>
        <translation>Erhöhen Sie das Zeitlimit in der Werkzeugleiste oder lassen Sie das Programm weniger tun.</translation>
    </message>
    <message>
        <source>Raise the memory limit in the toolbar (0 = no limit).</source>
        <translation>Erhöhen Sie das Speicherlimit in der Werkzeugleiste (0 = kein Limit).</translation>
    </message>
    <message>
        <source>Raise the process limit in the settings.</source>
        <translation>Erhöhen Sie das Prozesslimit in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The history database %1 could not be used (%2). It was moved to %3 and a new, empty history was started.</source>
        <translation>Die Verlaufsdatenbank %1 war nicht nutzbar (%2). Sie wurde nach %3 verschoben und ein neuer, leerer Verlauf begonnen.</translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program (%2). Comparisons of this session are kept in memory only.</source>
        <translation>Die Verlaufsdatenbank %1 ist von einem anderen Programm gesperrt (%2). Vergleiche dieser Sitzung werden nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2). Comparisons of this session are kept in memory only.</source>
        <translation>Die Verlaufsdatenbank %1 ist nicht nutzbar (%2). Vergleiche dieser Sitzung werden nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>die Datei ist beschädigt: %1</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema version %1; this version knows up to %2)</source>
        <translation>sie wurde von einer neueren Version der App geschrieben (Schemaversion %1; diese Version kennt bis %2)</translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar (Journalmodus %1)</translation>
    </message>
    <message>
        <source>it could not be moved aside to %1</source>
        <translation>sie konnte nicht nach %1 beiseitegelegt werden</translation>
    </message>
    <message>
        <source>there is no history entry %1</source>
        <translation>es gibt keinen Verlaufseintrag %1</translation>
    </message>
    <message>
        <source>history entry %1 cannot be read: %2</source>
        <translation>Verlaufseintrag %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>migration to version %1 (%2) failed: %3</source>
        <translation>Migration auf Version %1 (%2) fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>LanguageCatalog</name>
    <message>
        <source>install %1</source>
        <translation>%1 installieren</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>siehe %1</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>compiling %1</source>
        <translation>kompiliere %1</translation>
    </message>
    <message>
        <source>compiling</source>
        <translation>kompiliere</translation>
    </message>
    <message>
        <source>warming up %1</source>
        <translation>Aufwärmen von %1</translation>
    </message>
    <message>
        <source>warming up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <source>run %1 (adaptive)</source>
        <translation>Lauf %1 (adaptiv)</translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation>Lauf %1/%2</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>~%1 left</source>
        <translation>noch ~%1</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The compiler did not finish within %1 s and was stopped.</source>
        <translation>Der Compiler war nach %1 s nicht fertig und wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 runs each</source>
        <translation>je %1 Läufe</translation>
    </message>
    <message>
        <source>%1 runs of %2, %3 of %4</source>
        <translation>%1 Läufe von %2, %3 von %4</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>a side has no measurements</source>
        <translation>eine Seite hat keine Messungen</translation>
    </message>
    <message>
        <source>a median is zero or negative, so the sides cannot be compared as a ratio</source>
        <translation>ein Median ist null oder negativ, daher lassen sich die Seiten nicht als Verhältnis vergleichen</translation>
    </message>
    <message>
        <source>No verdict: the comparison failed</source>
        <translation>Kein Ergebnis: der Vergleich ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Kein Ergebnis: %1</translation>
    </message>
    <message>
        <source>Not enough runs for a verdict: need at least %1 per side (%2: %3, %4: %5)</source>
        <translation>Zu wenige Läufe für ein Ergebnis: mindestens %1 pro Seite nötig (%2: %3, %4: %5)</translation>
    </message>
    <message>
        <source>No significant difference in %1 between %2 and %3 (ratio %3/%2 %4, 95% CI %5–%6, %7, %8)</source>
        <translation>Kein signifikanter Unterschied (%1) zwischen %2 und %3 (Verhältnis %3/%2 %4, 95-%-KI %5–%6, %7, %8)</translation>
    </message>
    <message>
        <source>%1 is %2× faster than %3 (95% CI %4–%5, %6, %7)</source>
        <translation>%1 ist %2× schneller als %3 (95-%-KI %4–%5, %6, %7)</translation>
    </message>
    <message>
        <source>%1 uses %2× less CPU time than %3 (95% CI %4–%5, %6, %7)</source>
        <translation>%1 braucht %2× weniger CPU-Zeit als %3 (95-%-KI %4–%5, %6, %7)</translation>
    </message>
    <message>
        <source>%1 uses %2× less memory than %3 (95% CI %4–%5, %6, %7)</source>
        <translation>%1 braucht %2× weniger Speicher als %3 (95-%-KI %4–%5, %6, %7)</translation>
    </message>
</context>
<context>
    <name>fc</name>
    <message>
        <source>exited with code %1%2</source>
        <translation>endete mit Code %1%2</translation>
    </message>
    <message>
        <source>killed at the memory limit (%1 MiB)</source>
        <translation>am Speicherlimit beendet (%1 MiB)</translation>
    </message>
    <message>
        <source>crashed with %1%2</source>
        <translation>abgestürzt mit %1%2</translation>
    </message>
    <message>
        <source>timed out after %1 s; its processes were killed</source>
        <translation>Zeitlimit nach %1 s überschritten; seine Prozesse wurden beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation>konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 gave an answer this app cannot use (%2); nothing was changed</source>
        <translation>%1 gab eine Antwort, die diese App nicht verwenden kann (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1 refused the connection (is the server running?)</source>
        <translation>%1 hat die Verbindung abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>the host %1 was not found (offline, or a mistyped address?)</source>
        <translation>der Rechner %1 wurde nicht gefunden (offline oder vertippte Adresse?)</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>die Verbindung zu %1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation>die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>the network is not available (reaching %1)</source>
        <translation>das Netzwerk ist nicht verfügbar (beim Erreichen von %1)</translation>
    </message>
    <message>
        <source>the proxy did not get through to %1: %2</source>
        <translation>der Proxy kam nicht zu %1 durch: %2</translation>
    </message>
    <message>
        <source>the proxy asks for a password (reaching %1)</source>
        <translation>der Proxy verlangt ein Passwort (beim Erreichen von %1)</translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it cannot be followed</source>
        <translation>%1 hat die Anfrage an ein Ziel umgeleitet, dem nicht gefolgt werden kann</translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP that this app understands</source>
        <translation>%1 antwortete nicht in einem HTTP, das diese App versteht</translation>
    </message>
    <message>
        <source>talking to %1 failed: %2</source>
        <translation>die Kommunikation mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it did not accept the request</source>
        <translation>die Anfrage wurde nicht angenommen</translation>
    </message>
    <message>
        <source>it refused access</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>it has nothing at this address</source>
        <translation>unter dieser Adresse gibt es nichts</translation>
    </message>
    <message>
        <source>the document is too large for it</source>
        <translation>das Dokument ist dafür zu groß</translation>
    </message>
    <message>
        <source>it rejected the document</source>
        <translation>das Dokument wurde abgelehnt</translation>
    </message>
    <message>
        <source>too many requests; it asks to wait</source>
        <translation>zu viele Anfragen; es bittet zu warten</translation>
    </message>
    <message>
        <source>the server had a problem</source>
        <translation>der Server hatte ein Problem</translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation>die Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (%4)</source>
        <translation>%1 antwortete %2: %3 (%4)</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB and was rejected</source>
        <translation>die Antwort von %1 ist größer als %2 MiB und wurde verworfen</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no backend is configured to look up run %1 (set one in the settings or with --backend)</source>
        <translation>kein Backend eingerichtet, um Lauf %1 nachzuschlagen (in den Einstellungen oder mit --backend festlegen)</translation>
    </message>
    <message>
        <source>the link has no host</source>
        <translation>der Link hat keinen Host</translation>
    </message>
    <message>
        <source>links with a user name or password are not accepted</source>
        <translation>Links mit Benutzername oder Passwort werden nicht angenommen</translation>
    </message>
    <message>
        <source>the link has no run id (expected %1/ID)</source>
        <translation>der Link hat keine Lauf-ID (erwartet: %1/ID)</translation>
    </message>
    <message>
        <source>the link has no run id (expected ?runId=ID or ?r=ID)</source>
        <translation>der Link hat keine Lauf-ID (erwartet: ?runId=ID oder ?r=ID)</translation>
    </message>
    <message>
        <source>'%1' is not a valid run id (1 to 32 characters: digits and a-z)</source>
        <translation>„%1“ ist keine gültige Lauf-ID (1 bis 32 Zeichen: Ziffern und a-z)</translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation>der Link ist leer</translation>
    </message>
    <message>
        <source>the link is too long to be a permalink</source>
        <translation>der Link ist zu lang für einen Permalink</translation>
    </message>
    <message>
        <source>'%1' is not a link</source>
        <translation>„%1“ ist kein Link</translation>
    </message>
    <message>
        <source>links starting with '%1:' are not faster.codes links</source>
        <translation>Links, die mit „%1:“ beginnen, sind keine faster.codes-Links</translation>
    </message>
    <message>
        <source>the link has no run id (expected fastercodes://run/ID)</source>
        <translation>der Link hat keine Lauf-ID (erwartet: fastercodes://run/ID)</translation>
    </message>
    <message>
        <source>'%1' is not a usable backend address: %2</source>
        <translation>„%1“ ist keine nutzbare Backend-Adresse: %2</translation>
    </message>
    <message>
        <source>expected an http:// or https:// address such as http://127.0.0.1:8787</source>
        <translation>erwartet wird eine http://- oder https://-Adresse wie http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation>sie hat keinen Host</translation>
    </message>
    <message>
        <source>it must not contain a user name, a query or a fragment</source>
        <translation>sie darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>faster.codes comparison</source>
        <translation>faster.codes-Vergleich</translation>
    </message>
    <message>
        <source>| metric | %1 median [95% CI] | %2 median [95% CI] | B / A [95% CI] | p |
</source>
        <translation>| Messgröße | %1 Median [95-%-KI] | %2 Median [95-%-KI] | B / A [95-%-KI] | p |
</translation>
    </message>
    <message>
        <source>| metric | side | n | mean ± σ | min – max | outliers |
|---|---|---:|---:|---:|---:|
</source>
        <translation>| Messgröße | Seite | n | Mittelwert ± σ | Min – Max | Ausreißer |
|---|---|---:|---:|---:|---:|
</translation>
    </message>
    <message>
        <source>- Toolchain: %1
</source>
        <translation>- Toolchain: %1
</translation>
    </message>
    <message>
        <source>- Flags: `%1`
</source>
        <translation>- Flags: `%1`
</translation>
    </message>
    <message>
        <source>- Compile time: %1
</source>
        <translation>- Kompilierzeit: %1
</translation>
    </message>
    <message>
        <source>- **Failed** (%1): %2
</source>
        <translation>- **Fehlgeschlagen** (%1): %2
</translation>
    </message>
    <message>
        <source>## Environment

</source>
        <translation>## Umgebung

</translation>
    </message>
    <message>
        <source>- CPU: %1 (%2 cores)
- OS: %3, kernel %4 (%5)
- faster.codes %6, Qt %7
- Sandboxed: %8
</source>
        <translation>- CPU: %1 (%2 Kerne)
- Betriebssystem: %3, Kernel %4 (%5)
- faster.codes %6, Qt %7
- In der Sandbox: %8
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>- Started: %1
</source>
        <translation>- Gestartet: %1
</translation>
    </message>
    <message>
        <source>  [95% CI %1 – %2]</source>
        <translation>  [95-%-KI %1 – %2]</translation>
    </message>
    <message>
        <source>  mean %1 ± %2  range %3 … %4</source>
        <translation>  Mittelwert %1 ± %2  Bereich %3 … %4</translation>
    </message>
    <message numerus="yes">
        <source>  (%n outlier(s))</source>
        <translation>
            <numerusform>  (%n Ausreißer)</numerusform>
            <numerusform>  (%n Ausreißer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n counted run(s)</source>
        <translation>
            <numerusform>, %n gezählter Lauf</numerusform>
            <numerusform>, %n gezählte Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>, compiled in %1</source>
        <translation>, kompiliert in %1</translation>
    </message>
    <message>
        <source>  FAILED (%1): %2
</source>
        <translation>  FEHLGESCHLAGEN (%1): %2
</translation>
    </message>
    <message>
        <source>Both sides printed the same output.
</source>
        <translation>Beide Seiten haben dieselbe Ausgabe geschrieben.
</translation>
    </message>
    <message>
        <source>The sides printed DIFFERENT output.
</source>
        <translation>Die Seiten haben UNTERSCHIEDLICHE Ausgaben geschrieben.
</translation>
    </message>
    <message>
        <source>Sandboxed (bubblewrap: no network, read-only system).
</source>
        <translation>In der Sandbox (bubblewrap: kein Netzwerk, schreibgeschütztes System).
</translation>
    </message>
</context>
<context>
    <name>fc::BackendClient</name>
    <message>
        <source>the comparison is %1 MiB as JSON; a backend takes at most %2 MiB</source>
        <translation>der Vergleich ist als JSON %1 MiB groß; ein Backend nimmt höchstens %2 MiB an</translation>
    </message>
    <message>
        <source>status %1 where 201 Created was expected</source>
        <translation>Status %1, wo 201 Created erwartet wurde</translation>
    </message>
    <message>
        <source>runId is missing or not a run id</source>
        <translation>runId fehlt oder ist keine Lauf-ID</translation>
    </message>
    <message>
        <source>writeToken is missing or not a token</source>
        <translation>writeToken fehlt oder ist kein Token</translation>
    </message>
    <message>
        <source>permalink is not a link to run %1</source>
        <translation>permalink ist kein Link auf Lauf %1</translation>
    </message>
    <message>
        <source>there is no run %1 at %2 (deleted, or a mistyped link?)</source>
        <translation>bei %2 gibt es keinen Lauf %1 (gelöscht oder vertippter Link?)</translation>
    </message>
    <message>
        <source>status %1 where 200 OK was expected</source>
        <translation>Status %1, wo 200 OK erwartet wurde</translation>
    </message>
    <message>
        <source>the document has no "schema" marker</source>
        <translation>das Dokument hat keine „schema“-Kennung</translation>
    </message>
    <message>
        <source>not a valid comparison: %1</source>
        <translation>kein gültiger Vergleich: %1</translation>
    </message>
    <message>
        <source>it sent run '%1' when %2 was asked for</source>
        <translation>es schickte Lauf „%1“, obwohl %2 angefragt war</translation>
    </message>
    <message>
        <source>status %1 where 204 was expected</source>
        <translation>Status %1, wo 204 erwartet wurde</translation>
    </message>
</context>
<context>
    <name>fc::ComparisonRunner</name>
    <message>
        <source>unknown language '%1'</source>
        <translation>unbekannte Sprache „%1“</translation>
    </message>
    <message>
        <source>could not create a work folder: %1</source>
        <translation>Arbeitsordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>could not write the standard input file</source>
        <translation>die Datei für die Standardeingabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>did not compile: %1</source>
        <translation>ließ sich nicht kompilieren: %1</translation>
    </message>
    <message>
        <source>
[fastercodes] the memory limit could not be applied here (no usable cgroup).</source>
        <translation>
[fastercodes] Das Speicherlimit ließ sich hier nicht anwenden (keine nutzbare cgroup).</translation>
    </message>
</context>
<context>
    <name>fc::SyncService</name>
    <message>
        <source>only a finished comparison can be shared</source>
        <translation>nur ein fertiger Vergleich kann geteilt werden</translation>
    </message>
    <message>
        <source>the upload could not be queued: %1</source>
        <translation>das Hochladen konnte nicht eingeplant werden: %1</translation>
    </message>
    <message>
        <source>upload %1 is no longer queued</source>
        <translation>Hochladen %1 ist nicht mehr eingeplant</translation>
    </message>
    <message>
        <source>already being uploaded</source>
        <translation>wird bereits hochgeladen</translation>
    </message>
    <message>
        <source>this comparison is not on any server</source>
        <translation>dieser Vergleich liegt auf keinem Server</translation>
    </message>
</context>
<context>
    <name>fc::ui::AboutDialog</name>
    <message>
        <source>About faster.codes</source>
        <translation>Über faster.codes</translation>
    </message>
    <message>
        <source>Which of two snippets is faster, by how much, and how sure we are — on your machine.</source>
        <translation>Welcher von zwei Code-Schnipseln schneller ist, um wie viel und wie sicher — auf Ihrem Rechner.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation>KDE Frameworks SyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Toolchain</source>
        <translation>Toolchain</translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation>nicht installiert (%1)</translation>
    </message>
    <message>
        <source>not working: %1</source>
        <translation>funktioniert nicht: %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>fc::ui::ChartPanel</name>
    <message>
        <source>Export this chart</source>
        <translation>Dieses Diagramm exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Save as PNG (2×)…</source>
        <translation>Als PNG speichern (2×)…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fc::ui::ChartsView</name>
    <message>
        <source>No charts yet. They appear when a comparison has finished.</source>
        <translation>Noch keine Diagramme. Sie erscheinen, sobald ein Vergleich fertig ist.</translation>
    </message>
    <message>
        <source>No charts: a side has no measured runs. The Output tabs say why.</source>
        <translation>Keine Diagramme: eine Seite hat keine gemessenen Läufe. Die Ausgabe-Tabs sagen, warum.</translation>
    </message>
</context>
<context>
    <name>fc::ui::EnvironmentView</name>
    <message numerus="yes">
        <source>%n run(s) per side</source>
        <translation>
            <numerusform>%n Lauf pro Seite</numerusform>
            <numerusform>%n Läufe pro Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>adaptive: %1–%2 runs, until the median's 95% CI is within ±%3 % or %4 passed</source>
        <translation>adaptiv: %1–%2 Läufe, bis das 95-%-KI des Medians innerhalb ±%3 % liegt oder %4 vergangen sind</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up(s)</source>
        <translation>
            <numerusform>%n Aufwärmlauf</numerusform>
            <numerusform>%n Aufwärmläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>Zeitlimit %1</translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation>Speicherlimit %1</translation>
    </message>
    <message>
        <source>no memory limit</source>
        <translation>kein Speicherlimit</translation>
    </message>
    <message>
        <source>The environment is recorded with every comparison.</source>
        <translation>Die Umgebung wird mit jedem Vergleich aufgezeichnet.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>not recorded (a comparison of the original faster.codes service)</source>
        <translation>nicht aufgezeichnet (ein Vergleich des ursprünglichen faster.codes-Dienstes)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n core(s))</source>
        <translation>
            <numerusform>%1 (%n Kern)</numerusform>
            <numerusform>%1 (%n Kerne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Rechnername</translation>
    </message>
    <message>
        <source>%1 language</source>
        <translation>%1 Sprache</translation>
    </message>
    <message>
        <source>%1 toolchain</source>
        <translation>%1 Toolchain</translation>
    </message>
    <message>
        <source>%1 compile command</source>
        <translation>%1 Kompilierbefehl</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>%1 Flags</translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation>%1 Argumente</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>yes (bubblewrap: no network, read-only system)</source>
        <translation>ja (bubblewrap: kein Netzwerk, schreibgeschütztes System)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Run plan</source>
        <translation>Laufplan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Aufgezeichnet von</translation>
    </message>
    <message>
        <source>faster.codes %1, Qt %2</source>
        <translation>faster.codes %1, Qt %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>fc::ui::ExamplesDialog</name>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Filter by title or language</source>
        <translation>Nach Titel oder Sprache filtern</translation>
    </message>
    <message>
        <source>Not installed here: %1</source>
        <translation>Hier nicht installiert: %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryController</name>
    <message>
        <source>Uploaded: %1</source>
        <translation>Hochgeladen: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show the comparisons made so far</source>
        <translation>Die bisherigen Vergleiche zeigen</translation>
    </message>
    <message>
        <source>Open &amp;Permalink…</source>
        <translation>&amp;Permalink öffnen…</translation>
    </message>
    <message>
        <source>Open a shared comparison from its link</source>
        <translation>Einen geteilten Vergleich über seinen Link öffnen</translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Teilen…</translation>
    </message>
    <message>
        <source>Upload this comparison and get a link to it</source>
        <translation>Diesen Vergleich hochladen und einen Link darauf erhalten</translation>
    </message>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation>&amp;Synchronisierung…</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>V&amp;erlauf</translation>
    </message>
    <message>
        <source>Not saved to the history: %1</source>
        <translation>Nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1…</translation>
    </message>
    <message>
        <source>Open Permalink</source>
        <translation>Permalink öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1; the source did not record: %2</source>
        <translation>%1 geöffnet; die Quelle hat nicht aufgezeichnet: %2</translation>
    </message>
    <message>
        <source>Copied into the editors: change it and run</source>
        <translation>In die Editoren kopiert: ändern und starten</translation>
    </message>
    <message>
        <source>Delete from Server</source>
        <translation>Vom Server löschen</translation>
    </message>
    <message>
        <source>Delete %1 from the server? The link will stop working for everyone. The comparison stays in your history.</source>
        <translation>%1 vom Server löschen? Der Link funktioniert dann für niemanden mehr. Der Vergleich bleibt in Ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Deleted from the server</source>
        <translation>Vom Server gelöscht</translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryModel</name>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingeplant</translation>
    </message>
    <message>
        <source>queued, retry at %1: %2</source>
        <translation>eingeplant, neuer Versuch um %1: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <translation>Heruntergeladen von %1</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>nicht markiert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>uploaded: %1</source>
        <translation>hochgeladen: %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryView</name>
    <message>
        <source>Starred only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Search title, code, language, verdict…</source>
        <translation>Titel, Code, Sprache, Ergebnis suchen…</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Den Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show the results and put the code in the editors</source>
        <translation>Die Ergebnisse zeigen und den Code in die Editoren laden</translation>
    </message>
    <message>
        <source>Run this comparison again on this machine</source>
        <translation>Diesen Vergleich auf diesem Rechner erneut ausführen</translation>
    </message>
    <message>
        <source>Put this code into the editors as a new, editable comparison</source>
        <translation>Diesen Code als neuen, bearbeitbaren Vergleich in die Editoren laden</translation>
    </message>
    <message>
        <source>Delete from the history (can be undone for a while)</source>
        <translation>Aus dem Verlauf löschen (eine Weile rückgängig machbar)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Star / Unstar</source>
        <translation>Markieren / Markierung entfernen</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Delete from Server</source>
        <translation>Vom Server löschen</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Duplicate into the Editors</source>
        <translation>In die Editoren duplizieren</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveCharts</name>
    <message>
        <source>CPU of the current run</source>
        <translation>CPU des aktuellen Laufs</translation>
    </message>
    <message>
        <source>time since start (ms)</source>
        <translation>Zeit seit dem Start (ms)</translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation>CPU (%)</translation>
    </message>
    <message>
        <source>Memory of the current run</source>
        <translation>Speicher des aktuellen Laufs</translation>
    </message>
    <message>
        <source>Wall time per run</source>
        <translation>Laufzeit pro Lauf</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>Laufzeit (ms)</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>%1 Median</translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Output A</source>
        <translation>Ausgabe A</translation>
    </message>
    <message>
        <source>Output B</source>
        <translation>Ausgabe B</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>CPU and memory of the current run, and every run's wall time as it arrives</source>
        <translation>CPU und Speicher des aktuellen Laufs und die Laufzeit jedes Laufs, sobald sie vorliegt</translation>
    </message>
    <message>
        <source>Medians with confidence intervals, ratios, tests and spread</source>
        <translation>Mediane mit Konfidenzintervallen, Verhältnisse, Tests und Streuung</translation>
    </message>
    <message>
        <source>Distributions, run-by-run progression and time series</source>
        <translation>Verteilungen, Verlauf Lauf für Lauf und Zeitreihen</translation>
    </message>
    <message>
        <source>Where and how the comparison ran</source>
        <translation>Wo und wie der Vergleich lief</translation>
    </message>
    <message>
        <source>the code of side %1</source>
        <translation>den Code von Seite %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>einem anderen Rechner</translation>
    </message>
    <message>
        <source>Run someone else's code?</source>
        <translation>Fremden Code ausführen?</translation>
    </message>
    <message>
        <source>This code comes from %1 and has not been run on this machine. Run it here, in the sandbox?</source>
        <translation>Dieser Code stammt von %1 und lief noch nicht auf diesem Rechner. Hier in der Sandbox ausführen?</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Compile both sides and compare them (Ctrl+Enter)</source>
        <translation>Beide Seiten kompilieren und vergleichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Anha&amp;lten</translation>
    </message>
    <message>
        <source>Stop the running comparison (Esc)</source>
        <translation>Den laufenden Vergleich anhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Examples…</source>
        <translation>&amp;Beispiele…</translation>
    </message>
    <message>
        <source>Browse classic pairs to compare (Ctrl+Shift+E)</source>
        <translation>Klassische Vergleichspaare durchsehen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Bei&amp;spiele</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the comparison as JSON, CSV or Markdown</source>
        <translation>Den Vergleich als JSON, CSV oder Markdown exportieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open into A…</source>
        <translation>In A ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a file into the focused side (A unless B has the focus)</source>
        <translation>Eine Datei in die Seite mit dem Fokus öffnen (A, außer B hat den Fokus)</translation>
    </message>
    <message>
        <source>Open into &amp;B…</source>
        <translation>In &amp;B öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Check &amp;toolchains again</source>
        <translation>&amp;Toolchains erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Editor &amp;A</source>
        <translation>Editor &amp;A</translation>
    </message>
    <message>
        <source>Editor &amp;B</source>
        <translation>Editor &amp;B</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Dem &amp;System folgen</translation>
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
        <source>the code in both editors</source>
        <translation>den Code in beiden Editoren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About faster.codes</source>
        <translation>&amp;Über faster.codes</translation>
    </message>
    <message>
        <source>Loaded “%1”</source>
        <translation>„%1“ geladen</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>Choose a language for %1</source>
        <translation>Wählen Sie eine Sprache für %1</translation>
    </message>
    <message>
        <source>%1 has no code</source>
        <translation>%1 hat keinen Code</translation>
    </message>
    <message>
        <source>%1 cannot run: %2 is not installed</source>
        <translation>%1 kann nicht laufen: %2 ist nicht installiert</translation>
    </message>
    <message>
        <source>Running… the verdict appears when both sides have run.</source>
        <translation>Läuft… das Ergebnis erscheint, wenn beide Seiten gelaufen sind.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Halte an…</translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>angehalten nach %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Werte aus…</translation>
    </message>
    <message>
        <source>Replace the code?</source>
        <translation>Code ersetzen?</translation>
    </message>
    <message>
        <source>Replace %1? Your edits there are not saved in a file.</source>
        <translation>%1 ersetzen? Ihre Änderungen dort sind in keiner Datei gespeichert.</translation>
    </message>
    <message>
        <source>Source files (%1)</source>
        <translation>Quelldateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open into side %1</source>
        <translation>In Seite %1 öffnen</translation>
    </message>
    <message>
        <source>Opened %1 into %2</source>
        <translation>%1 in %2 geöffnet</translation>
    </message>
    <message>
        <source>Save side %1</source>
        <translation>Seite %1 speichern</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>fc::ui::OpenPermalinkDialog</name>
    <message>
        <source>Open Permalink</source>
        <translation>Permalink öffnen</translation>
    </message>
    <message>
        <source>&amp;Link to a comparison (faster.codes or a backend of this app), or a run id:</source>
        <translation>&amp;Link zu einem Vergleich (faster.codes oder ein Backend dieser App) oder eine Lauf-ID:</translation>
    </message>
    <message>
        <source>Run %1 of the original faster.codes service, from %2</source>
        <translation>Lauf %1 des ursprünglichen faster.codes-Dienstes, von %2</translation>
    </message>
    <message>
        <source>Run %1 from %2</source>
        <translation>Lauf %1 von %2</translation>
    </message>
</context>
<context>
    <name>fc::ui::OutputView</name>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Double-click or press Enter to jump to the line</source>
        <translation>Doppelklicken oder Eingabe drücken, um zur Zeile zu springen</translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation>Noch keine Ausgabe.</translation>
    </message>
    <message>
        <source>Nothing to compile (interpreted).</source>
        <translation>Nichts zu kompilieren (interpretiert).</translation>
    </message>
    <message>
        <source>Compiled in %1.</source>
        <translation>Kompiliert in %1.</translation>
    </message>
    <message>
        <source>%1 did not compile (exit code %2).</source>
        <translation>%1 ließ sich nicht kompilieren (Exit-Code %2).</translation>
    </message>
    <message numerus="yes">
        <source>Compiled in %1, ran %n time(s).</source>
        <translation>
            <numerusform>Kompiliert in %1, %n-mal gelaufen.</numerusform>
            <numerusform>Kompiliert in %1, %n-mal gelaufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ran %n time(s).</source>
        <translation>
            <numerusform>%n-mal gelaufen.</numerusform>
            <numerusform>%n-mal gelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more bytes not kept)</source>
        <translation>(%1 weitere Bytes nicht behalten)</translation>
    </message>
    <message>
        <source>standard output of the first run</source>
        <translation>Standardausgabe des ersten Laufs</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>Standardfehlerausgabe</translation>
    </message>
</context>
<context>
    <name>fc::ui::ResultsView</name>
    <message>
        <source>Wall time</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Compile time</source>
        <translation>Kompilierzeit</translation>
    </message>
    <message>
        <source>%1 %2 faster</source>
        <translation>%1 %2 schneller</translation>
    </message>
    <message>
        <source>%1 %2 less CPU</source>
        <translation>%1 %2 weniger CPU</translation>
    </message>
    <message>
        <source>%1 %2 less memory</source>
        <translation>%1 %2 weniger Speicher</translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation>kein signifikanter Unterschied</translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation>zu wenige Läufe</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n Ausreißer</numerusform>
            <numerusform>%n Ausreißer</numerusform>
        </translation>
    </message>
    <message>
        <source>No run is further than 3.5 MADs from the median</source>
        <translation>Kein Lauf liegt mehr als 3,5 MADs vom Median entfernt</translation>
    </message>
    <message>
        <source>Runs %1 (modified z-score above 3.5; kept, not dropped)</source>
        <translation>Läufe %1 (modifizierter z-Wert über 3,5; behalten, nicht verworfen)</translation>
    </message>
    <message>
        <source>No results yet. Press Ctrl+Enter to compare.</source>
        <translation>Noch keine Ergebnisse. Strg+Eingabe startet den Vergleich.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>A median [95% CI]</source>
        <translation>A Median [95-%-KI]</translation>
    </message>
    <message>
        <source>B median [95% CI]</source>
        <translation>B Median [95-%-KI]</translation>
    </message>
    <message>
        <source>B ÷ A [95% CI]</source>
        <translation>B ÷ A [95-%-KI]</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ratio of the medians, B over A, with its bootstrap 95% confidence interval: below 1 means B is lower</source>
        <translation>Verhältnis der Mediane, B durch A, mit seinem Bootstrap-95-%-Konfidenzintervall: unter 1 heißt, B ist niedriger</translation>
    </message>
    <message>
        <source>Two-sided Mann–Whitney U test</source>
        <translation>Zweiseitiger Mann-Whitney-U-Test</translation>
    </message>
    <message>
        <source>A mean ± σ</source>
        <translation>A Mittelwert ± σ</translation>
    </message>
    <message>
        <source>A min–max</source>
        <translation>A Min–Max</translation>
    </message>
    <message>
        <source>A outliers</source>
        <translation>A Ausreißer</translation>
    </message>
    <message>
        <source>B mean ± σ</source>
        <translation>B Mittelwert ± σ</translation>
    </message>
    <message>
        <source>B min–max</source>
        <translation>B Min–Max</translation>
    </message>
    <message>
        <source>B outliers</source>
        <translation>B Ausreißer</translation>
    </message>
    <message numerus="yes">
        <source>%n counted run(s) per side</source>
        <translation>
            <numerusform>%n gezählter Lauf pro Seite</numerusform>
            <numerusform>%n gezählte Läufe pro Seite</numerusform>
        </translation>
    </message>
    <message>
        <source>A: %1 counted runs, B: %2 counted runs</source>
        <translation>A: %1 gezählte Läufe, B: %2 gezählte Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up run(s) not counted</source>
        <translation>
            <numerusform>%n Aufwärmlauf nicht gezählt</numerusform>
            <numerusform>%n Aufwärmläufe nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>sandboxed</source>
        <translation>in der Sandbox</translation>
    </message>
    <message>
        <source>not sandboxed</source>
        <translation>ohne Sandbox</translation>
    </message>
    <message>
        <source>interpreted</source>
        <translation>interpretiert</translation>
    </message>
    <message>
        <source>Compiled once; not part of the runs</source>
        <translation>Einmal kompiliert; nicht Teil der Läufe</translation>
    </message>
    <message>
        <source>both printed the same output</source>
        <translation>beide haben dieselbe Ausgabe geschrieben</translation>
    </message>
    <message>
        <source>the outputs DIFFER</source>
        <translation>die Ausgaben UNTERSCHEIDEN sich</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunPlanBar</name>
    <message>
        <source>Ada&amp;ptive</source>
        <translation>Ada&amp;ptiv</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Run each side a fixed number of times</source>
        <translation>Jede Seite eine feste Zahl von Malen laufen lassen</translation>
    </message>
    <message>
        <source>Counted runs per side</source>
        <translation>Gezählte Läufe pro Seite</translation>
    </message>
    <message>
        <source>Runs per side</source>
        <translation>Läufe pro Seite</translation>
    </message>
    <message>
        <source>Run until the 95% CI of each median is within the target, or the time budget is spent</source>
        <translation>Laufen lassen, bis das 95-%-KI jedes Medians im Ziel liegt oder das Zeitbudget verbraucht ist</translation>
    </message>
    <message>
        <source>Target half-width of the medians' 95% confidence intervals</source>
        <translation>Angestrebte halbe Breite der 95-%-Konfidenzintervalle der Mediane</translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation>Angestrebte Genauigkeit</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time budget: stop measuring after this long</source>
        <translation>Zeitbudget: nach dieser Zeit mit dem Messen aufhören</translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation>Zeitbudget</translation>
    </message>
    <message>
        <source>Warm-up runs per side, not counted</source>
        <translation>Aufwärmläufe pro Seite, nicht gezählt</translation>
    </message>
    <message>
        <source>A run taking longer than this is stopped and the side fails</source>
        <translation>Ein Lauf, der länger dauert, wird angehalten und die Seite schlägt fehl</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Memory limit per run (none = no limit)</source>
        <translation>Speicherlimit pro Lauf (keins = unbegrenzt)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Run in a sandbox: no network, read-only system, private /tmp</source>
        <translation>In einer Sandbox laufen lassen: kein Netzwerk, schreibgeschütztes System, eigenes /tmp</translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation>Auf&amp;wärmen</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>&amp;Speicher</translation>
    </message>
</context>
<context>
    <name>fc::ui::SettingsDialog</name>
    <message>
        <source>&amp;Fixed number of runs</source>
        <translation>&amp;Feste Zahl von Läufen</translation>
    </message>
    <message>
        <source>&amp;Adaptive: run until the result is precise enough</source>
        <translation>&amp;Adaptiv: laufen lassen, bis das Ergebnis genau genug ist</translation>
    </message>
    <message>
        <source>Run in a &amp;sandbox (no network, read-only system, private /tmp)</source>
        <translation>In einer &amp;Sandbox laufen lassen (kein Netzwerk, schreibgeschütztes System, eigenes /tmp)</translation>
    </message>
    <message>
        <source>Check that both sides print the &amp;same output</source>
        <translation>Prüfen, ob beide Seiten die &amp;gleiche Ausgabe schreiben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
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
        <source>Follow the light/dark theme</source>
        <translation>Dem hellen/dunklen Farbschema folgen</translation>
    </message>
    <message>
        <source>System size</source>
        <translation>Systemgröße</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> spaces</source>
        <translation> Leerzeichen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation>Eine neue Sprache wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Editor colours:</source>
        <translation>&amp;Editorfarben:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>Editor-&amp;Schriftgröße:</translation>
    </message>
    <message>
        <source>Tab &amp;width:</source>
        <translation>Tab&amp;ulatorbreite:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Runs per side:</source>
        <translation>&amp;Läufe pro Seite:</translation>
    </message>
    <message>
        <source>Target 95% CI of the &amp;median:</source>
        <translation>Ziel für das 95-%-KI des &amp;Medians:</translation>
    </message>
    <message>
        <source>Runs per side, at &amp;least:</source>
        <translation>Läufe pro Seite, &amp;mindestens:</translation>
    </message>
    <message>
        <source>Runs per side, at &amp;most:</source>
        <translation>Läufe pro Seite, &amp;höchstens:</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>Zeit&amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Warm-up runs (not counted):</source>
        <translation>&amp;Aufwärmläufe (nicht gezählt):</translation>
    </message>
    <message>
        <source>&amp;Timeout per run:</source>
        <translation>&amp;Zeitlimit pro Lauf:</translation>
    </message>
    <message>
        <source>&amp;Memory limit per run:</source>
        <translation>Speicher&amp;limit pro Lauf:</translation>
    </message>
    <message>
        <source>&amp;Process limit (threads count):</source>
        <translation>&amp;Prozesslimit (Threads zählen mit):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>fc::ui::ShareDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Share Comparison</source>
        <translation>Vergleich teilen</translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation>Permalink</translation>
    </message>
    <message>
        <source>Copy the permalink to the clipboard</source>
        <translation>Den Permalink in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation>Lade zu %1 hoch…</translation>
    </message>
    <message>
        <source>Shared on %1. Anyone with this link can see the comparison:</source>
        <translation>Auf %1 geteilt. Alle mit diesem Link können den Vergleich sehen:</translation>
    </message>
    <message>
        <source>Queued: %1.
It will be uploaded to %2 when the server can be reached; the history shows its state.</source>
        <translation>Eingeplant: %1.
Er wird zu %2 hochgeladen, sobald der Server erreichbar ist; der Verlauf zeigt den Stand.</translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation>Nicht geteilt: %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::SidePane</name>
    <message>
        <source>Language of side %1</source>
        <translation>Sprache von Seite %1</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Compiler or interpreter flags, split like a shell would; empty = the language's defaults</source>
        <translation>Compiler- oder Interpreter-Flags, aufgeteilt wie in einer Shell; leer = die Vorgaben der Sprache</translation>
    </message>
    <message>
        <source>Flags of side %1</source>
        <translation>Flags von Seite %1</translation>
    </message>
    <message>
        <source>program arguments</source>
        <translation>Programmargumente</translation>
    </message>
    <message>
        <source>Arguments passed to the program on every run</source>
        <translation>Argumente, die das Programm bei jedem Lauf erhält</translation>
    </message>
    <message>
        <source>Arguments of side %1</source>
        <translation>Argumente von Seite %1</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Show the standard input given to the program</source>
        <translation>Die Standardeingabe des Programms zeigen</translation>
    </message>
    <message>
        <source>Standard input for every run</source>
        <translation>Standardeingabe für jeden Lauf</translation>
    </message>
    <message>
        <source>Code of side %1</source>
        <translation>Code von Seite %1</translation>
    </message>
    <message>
        <source>Side A (left)</source>
        <translation>Seite A (links)</translation>
    </message>
    <message>
        <source>Side B (right)</source>
        <translation>Seite B (rechts)</translation>
    </message>
    <message>
        <source>%1 — not installed</source>
        <translation>%1 — nicht installiert</translation>
    </message>
    <message>
        <source>%1 — not working</source>
        <translation>%1 — funktioniert nicht</translation>
    </message>
    <message>
        <source>flags (default: %1)</source>
        <translation>Flags (Vorgabe: %1)</translation>
    </message>
    <message>
        <source>Replace the code?</source>
        <translation>Code ersetzen?</translation>
    </message>
    <message>
        <source>Side %1 has code you edited. Replace it with the %2 template?</source>
        <translation>Seite %1 enthält von Ihnen bearbeiteten Code. Durch die %2-Vorlage ersetzen?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a snippet.</source>
        <translation>%1 ist größer als 4 MiB; das ist kein Schnipsel.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>fc::ui::SyncSettingsPage</name>
    <message>
        <source>Upload every finished comparison</source>
        <translation>Jeden fertigen Vergleich hochladen</translation>
    </message>
    <message>
        <source>Where comparisons are shared to and bare run ids are looked up. The local backend of 'toolchains/dev backend' is %1.</source>
        <translation>Wohin Vergleiche geteilt und wo einzelne Lauf-IDs nachgeschlagen werden. Das lokale Backend von „toolchains/dev backend“ ist %1.</translation>
    </message>
    <message>
        <source>Off: only what you share is uploaded. On: every comparison that finishes is queued for the backend.</source>
        <translation>Aus: nur was Sie teilen, wird hochgeladen. An: jeder fertige Vergleich wird für das Backend eingeplant.</translation>
    </message>
    <message>
        <source>One site per line. Links to these sites are read from the original service's API.</source>
        <translation>Eine Website pro Zeile. Links auf diese Websites werden über die API des ursprünglichen Dienstes gelesen.</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>Original &amp;sites:</source>
        <translation>Ursprüngliche &amp;Websites:</translation>
    </message>
    <message>
        <source>Original &amp;API:</source>
        <translation>Ursprüngliche &amp;API:</translation>
    </message>
</context>
<context>
    <name>fc::ui::VerdictBanner</name>
    <message>
        <source>Run it here…</source>
        <translation>Hier ausführen…</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run this code on your machine (it was written by someone else)</source>
        <translation>Diesen Code auf Ihrem Rechner ausführen (jemand anderes hat ihn geschrieben)</translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to compare</source>
        <translation>Strg+Eingabe startet den Vergleich</translation>
    </message>
    <message>
        <source>Comparison from &lt;b&gt;%1&lt;/b&gt; — code not run on this machine.</source>
        <translation>Vergleich von &lt;b&gt;%1&lt;/b&gt; — der Code lief nicht auf diesem Rechner.</translation>
    </message>
</context>
</TS>