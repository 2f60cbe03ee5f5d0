<?xml version="1.0" encoding="utf-8"?>
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
    <name>AtomicWrite</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
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
        <translation>Verteilung der Wanduhrzeiten</translation>
    </message>
    <message>
        <source>wall time (ms, log scale)</source>
        <translation>Wanduhrzeit (ms, logarithmisch)</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>Wanduhrzeit (ms)</translation>
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
        <translation>Speicherspitze (MiB)</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Wanduhrzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Speicherspitze</translation>
    </message>
    <message>
        <source>Wall time run by run</source>
        <translation>Wanduhrzeit Lauf für Lauf</translation>
    </message>
    <message>
        <source>run (warm-ups at 0 and below)</source>
        <translation>Lauf (Aufwärmläufe bei 0 und darunter)</translation>
    </message>
    <message>
        <source>%1 warm-up</source>
        <translation>Aufwärmläufe %1</translation>
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
    <name>Command</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Try &apos;fastercodes %1 --help&apos;.</source>
        <translation>Siehe „fastercodes %1 --help“.</translation>
    </message>
    <message>
        <source>not saved to the history: %1</source>
        <translation>nicht im Verlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Which of two pieces of code is faster, by how much, on this machine.</source>
        <translation>Welcher von zwei Code-Schnipseln schneller ist und um wie viel – auf diesem Rechner.</translation>
    </message>
    <message>
        <source>compare FILE_A FILE_B | languages | history | share RESULT.json | sync | fetch LINK
(fastercodes COMMAND --help tells more)</source>
        <translation>compare FILE_A FILE_B | languages | history | share RESULT.json | sync | fetch LINK
(mehr dazu mit fastercodes COMMAND --help)</translation>
    </message>
    <message>
        <source>fastercodes: unknown command &apos;%1&apos; (see fastercodes --help)</source>
        <translation>fastercodes: unbekannter Befehl „%1“ (siehe fastercodes --help)</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>preparing…</source>
        <translation>Vorbereitung…</translation>
    </message>
    <message>
        <source>compiling %1…</source>
        <translation>kompiliere %1…</translation>
    </message>
    <message>
        <source>warming up %1…</source>
        <translation>Aufwärmen von %1…</translation>
    </message>
    <message>
        <source>run %1 · A %2 B %3 (adaptive, ≤ %4)</source>
        <translation>Lauf %1 · A %2 B %3 (adaptiv, ≤ %4)</translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation>Lauf %1/%2</translation>
    </message>
    <message>
        <source>analysing…</source>
        <translation>Auswertung…</translation>
    </message>
    <message>
        <source>Compiles FILE_A and FILE_B once, runs both many times interleaved and says which is faster.</source>
        <translation>Kompiliert FILE_A und FILE_B einmal, führt beide viele Male abwechselnd aus und sagt, welches schneller ist.</translation>
    </message>
    <message>
        <source>Source of side A (language from its extension).</source>
        <translation>Quelltext von Seite A (Sprache nach der Dateiendung).</translation>
    </message>
    <message>
        <source>Source of side B.</source>
        <translation>Quelltext von Seite B.</translation>
    </message>
    <message>
        <source>Language of A (see &apos;fastercodes languages&apos;).</source>
        <translation>Sprache von A (siehe „fastercodes languages“).</translation>
    </message>
    <message>
        <source>Language of B.</source>
        <translation>Sprache von B.</translation>
    </message>
    <message>
        <source>Compiler flags of A, replacing the defaults (shell-like words).</source>
        <translation>Compiler-Flags von A, ersetzen die Vorgaben (Wörter wie in einer Shell).</translation>
    </message>
    <message>
        <source>Compiler flags of B.</source>
        <translation>Compiler-Flags von B.</translation>
    </message>
    <message>
        <source>Program arguments of A (shell-like words).</source>
        <translation>Programmargumente von A (Wörter wie in einer Shell).</translation>
    </message>
    <message>
        <source>Program arguments of B.</source>
        <translation>Programmargumente von B.</translation>
    </message>
    <message>
        <source>File given to A as standard input.</source>
        <translation>Datei, die A als Standardeingabe erhält.</translation>
    </message>
    <message>
        <source>File given to B as standard input.</source>
        <translation>Datei, die B als Standardeingabe erhält.</translation>
    </message>
    <message>
        <source>Fixed number of counted runs per side (default: adaptive).</source>
        <translation>Feste Zahl gezählter Läufe pro Seite (Vorgabe: adaptiv).</translation>
    </message>
    <message>
        <source>Adaptive: at least N runs per side (default 10).</source>
        <translation>Adaptiv: mindestens N Läufe pro Seite (Vorgabe 10).</translation>
    </message>
    <message>
        <source>Adaptive: at most N runs per side (default 1000).</source>
        <translation>Adaptiv: höchstens N Läufe pro Seite (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Adaptive: stop when each median&apos;s 95% CI is within ±PCT % (default 1).</source>
        <translation>Adaptiv: aufhören, wenn das 95-%-KI jedes Medians innerhalb ±PCT % liegt (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Adaptive: stop after SEC seconds of counted runs (default 30).</source>
        <translation>Adaptiv: nach SEC Sekunden gezählter Läufe aufhören (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Uncounted warm-up runs per side (default 1).</source>
        <translation>Nicht gezählte Aufwärmläufe pro Seite (Vorgabe 1).</translation>
    </message>
    <message>
        <source>Per-run timeout in seconds (default 30).</source>
        <translation>Zeitlimit pro Lauf in Sekunden (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Memory cap per run in MiB (a cgroup; default none).</source>
        <translation>Speicherlimit pro Lauf in MiB (eine cgroup; Vorgabe: keins).</translation>
    </message>
    <message>
        <source>Process/thread cap per run (default 512).</source>
        <translation>Prozess-/Thread-Limit pro Lauf (Vorgabe 512).</translation>
    </message>
    <message>
        <source>Check that both sides print the same output.</source>
        <translation>Prüfen, ob beide Seiten dieselbe Ausgabe schreiben.</translation>
    </message>
    <message>
        <source>Write the comparison as JSON (fastercodes.comparison/1).</source>
        <translation>Den Vergleich als JSON schreiben (fastercodes.comparison/1).</translation>
    </message>
    <message>
        <source>Write a Markdown report.</source>
        <translation>Einen Markdown-Bericht schreiben.</translation>
    </message>
    <message>
        <source>Write every run as CSV.</source>
        <translation>Jeden Lauf als CSV schreiben.</translation>
    </message>
    <message>
        <source>Print only the verdict.</source>
        <translation>Nur das Fazit ausgeben.</translation>
    </message>
    <message>
        <source>Do not save the comparison to the history.</source>
        <translation>Den Vergleich nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>expected two source files, got %1</source>
        <translation>zwei Quelldateien erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Sprache „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>cannot tell the language of %1 from its name; give --lang-%2</source>
        <translation>die Sprache von %1 ist am Dateinamen nicht zu erkennen; bitte --lang-%2 angeben</translation>
    </message>
    <message>
        <source>--%1 needs a whole number ≥ %2</source>
        <translation>--%1 braucht eine ganze Zahl ≥ %2</translation>
    </message>
    <message>
        <source>--%1 needs a number ≥ %2</source>
        <translation>--%1 braucht eine Zahl ≥ %2</translation>
    </message>
    <message>
        <source>--runs is a fixed count; it cannot be combined with --min-runs, --max-runs, --target-ci or --time-budget</source>
        <translation>--runs ist eine feste Anzahl und lässt sich nicht mit --min-runs, --max-runs, --target-ci oder --time-budget kombinieren</translation>
    </message>
    <message>
        <source>--max-runs (%1) is below --min-runs (%2)</source>
        <translation>--max-runs (%1) liegt unter --min-runs (%2)</translation>
    </message>
    <message>
        <source>Call a side faster only when the 95% CI of the ratio lies wholly beyond ±PCT % (default 1; 0 for the purely statistical verdict).</source>
        <translation>Eine Seite nur dann schneller nennen, wenn das 95-%-KI des Verhältnisses ganz jenseits von ±PCT % liegt (Standard 1; 0 für das rein statistische Fazit).</translation>
    </message>
    <message>
        <source>Linux: pin both sides to CPU N (the same core for every run; default: not pinned).</source>
        <translation>Linux: beide Seiten an CPU N binden (derselbe Kern für jeden Lauf; Standard: nicht gebunden).</translation>
    </message>
    <message>
        <source>--cpu %1: this machine has CPUs 0 to %2</source>
        <translation>--cpu %1: dieser Rechner hat die CPUs 0 bis %2</translation>
    </message>
    <message>
        <source>--threshold is a percentage from 0 to 100, got %1</source>
        <translation>--threshold ist ein Prozentsatz von 0 bis 100, erhalten: %1</translation>
    </message>
    <message>
        <source>Run inside a bubblewrap sandbox (no network, read-only system, empty home).</source>
        <translation>In einer bubblewrap-Sandbox ausführen (kein Netzwerk, schreibgeschütztes System, leerer Home-Ordner).</translation>
    </message>
    <message>
        <source>With --sandbox: let compiles and programs use the network.</source>
        <translation>Mit --sandbox: Übersetzungen und Programmen das Netzwerk erlauben.</translation>
    </message>
    <message>
        <source>--sandbox-network needs --sandbox</source>
        <translation>--sandbox-network braucht --sandbox</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
</context>
<context>
    <name>ComparisonJson</name>
    <message>
        <source>a threshold above 100 % is not a practical difference (got %1)</source>
        <translation>eine Schwelle über 100 % ist kein praktischer Unterschied (erhalten: %1)</translation>
    </message>
    <message>
        <source>unsupported document version &apos;%1&apos; (this app reads %2)</source>
        <translation>nicht unterstützte Dokumentversion „%1“ (diese App liest %2)</translation>
    </message>
    <message>
        <source>expected exactly two entries (A and B), got %1</source>
        <translation>genau zwei Einträge (A und B) erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>out of range (%1)</source>
        <translation>außerhalb des Wertebereichs (%1)</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>out of range (at most %1)</source>
        <translation>außerhalb des Wertebereichs (höchstens %1)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>not valid base64 (the original format encodes code in base64)</source>
        <translation>kein gültiges Base64 (das ursprüngliche Format kodiert Code in Base64)</translation>
    </message>
    <message>
        <source>%1: some per-run values</source>
        <translation>%1: einige Werte pro Lauf</translation>
    </message>
    <message>
        <source>The original service reported a failure (stage %1) without a reason.</source>
        <translation>Der ursprüngliche Dienst meldete einen Fehler (Phase %1) ohne Grund.</translation>
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
    <name>FetchCommand</name>
    <message>
        <source>Downloads a permalink, this project&apos;s or the original faster.codes service&apos;s, in this project&apos;s format (fastercodes.comparison/1): on standard output, or into a file with --json. The comparison is saved to the history as downloaded (its code is someone else&apos;s: it is never run).</source>
        <translation>Lädt einen Permalink herunter, von diesem Projekt oder vom ursprünglichen faster.codes-Dienst, im Format dieses Projekts (fastercodes.comparison/1): auf die Standardausgabe oder mit --json in eine Datei. Der Vergleich wird als heruntergeladen im Verlauf gespeichert (sein Code stammt von jemand anderem: er wird nie ausgeführt).</translation>
    </message>
    <message>
        <source>&lt;site&gt;/?runId=ID, &lt;site&gt;/?r=ID, fastercodes://HOST/?runId=ID, fastercodes://run/ID or a bare ID.</source>
        <translation>&lt;site&gt;/?runId=ID, &lt;site&gt;/?r=ID, fastercodes://HOST/?runId=ID, fastercodes://run/ID oder eine bloße ID.</translation>
    </message>
    <message>
        <source>Write the comparison to PATH instead of standard output.</source>
        <translation>Den Vergleich nach PATH statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>The backend for bare ids and fastercodes://run/ID links.</source>
        <translation>Das Backend für bloße IDs und fastercodes://run/ID-Links.</translation>
    </message>
    <message>
        <source>Where links of the original service are fetched from (default https://api.faster.codes).</source>
        <translation>Woher Links des ursprünglichen Dienstes geladen werden (Vorgabe https://api.faster.codes).</translation>
    </message>
    <message>
        <source>Do not save the comparison to the history.</source>
        <translation>Den Vergleich nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>expected one link, got %1</source>
        <translation>ein Link erwartet, aber %1 erhalten</translation>
    </message>
    <message>
        <source>note: the source did not record: %1</source>
        <translation>Hinweis: die Quelle hat nicht aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>%1 (%2 vs %3): %4</source>
        <translation>%1 (%2 gegen %3): %4</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Other load on the machine: other processes used %1 of %2 cores on average while the runs were measured (load average up to %3); timings are noisier and can be biased</source>
        <translation>Andere Last auf dem Rechner: andere Prozesse nutzten im Mittel %1 von %2 Kernen, während die Läufe gemessen wurden (Load Average bis %3); die Zeiten streuen stärker und können verzerrt sein</translation>
    </message>
    <message>
        <source>Other load on the machine: the load average reached %1 while the runs were measured (ours accounts for about 1); timings are noisier and can be biased</source>
        <translation>Andere Last auf dem Rechner: der Load Average erreichte %1, während die Läufe gemessen wurden (unsere Läufe machen etwa 1 aus); die Zeiten streuen stärker und können verzerrt sein</translation>
    </message>
    <message>
        <source>CPU frequency not readable on this machine (no cpufreq scaling_cur_freq): clock changes could not be checked</source>
        <translation>CPU-Frequenz auf diesem Rechner nicht lesbar (kein cpufreq scaling_cur_freq): Taktänderungen konnten nicht geprüft werden</translation>
    </message>
    <message>
        <source>CPU frequency changed during the runs: the fastest core ran between %1 and %2 MHz (%3% apart); a run&apos;s speed depends on the clock it got</source>
        <translation>Die CPU-Frequenz änderte sich während der Läufe: der schnellste Kern lief zwischen %1 und %2 MHz (%3 % Unterschied); die Geschwindigkeit eines Laufs hängt vom Takt ab, den er bekam</translation>
    </message>
    <message>
        <source>slower</source>
        <translation>langsamer</translation>
    </message>
    <message>
        <source>faster</source>
        <translation>schneller</translation>
    </message>
    <message>
        <source>%1 drifted during the runs: its second half of runs was %2% %3 than its first (medians, %4); the machine changed while measuring</source>
        <translation>%1 driftete während der Läufe: die zweite Hälfte der Läufe war %2 % %3 als die erste (Mediane, %4); der Rechner veränderte sich während der Messung</translation>
    </message>
    <message>
        <source>known to ±%1%</source>
        <translation>auf ±%1 % bekannt</translation>
    </message>
    <message>
        <source>without a confidence interval yet</source>
        <translation>noch ohne Konfidenzintervall</translation>
    </message>
    <message>
        <source>Too few runs for the precision asked: %1&apos;s median is %2, not within the ±%3% asked (the run limit or the time budget ended the runs first)</source>
        <translation>Zu wenige Läufe für die verlangte Genauigkeit: der Median von %1 ist %2, nicht innerhalb der verlangten ±%3 % (die Höchstzahl an Läufen oder das Zeitbudget beendete die Läufe vorher)</translation>
    </message>
    <message>
        <source>Too few runs to rule out a difference above %1%: the ratio&apos;s 95% CI %2–%3 reaches beyond it; more runs would narrow it</source>
        <translation>Zu wenige Läufe, um einen Unterschied über %1 % auszuschließen: das 95-%-KI des Verhältnisses %2–%3 reicht darüber hinaus; mehr Läufe würden es verengen</translation>
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
    <name>HistoryCommand</name>
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
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Lists the saved comparisons, newest first; shows, stars or deletes one.</source>
        <translation>Listet die gespeicherten Vergleiche auf, die neuesten zuerst; zeigt, markiert oder löscht einen.</translation>
    </message>
    <message>
        <source>Print the list as a JSON array.</source>
        <translation>Die Liste als JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Only entries whose title, code, languages or verdict contain every word.</source>
        <translation>Nur Einträge, deren Titel, Code, Sprachen oder Fazit jedes Wort enthalten.</translation>
    </message>
    <message>
        <source>Only entries with this language on either side.</source>
        <translation>Nur Einträge mit dieser Sprache auf einer der beiden Seiten.</translation>
    </message>
    <message>
        <source>Only starred entries.</source>
        <translation>Nur markierte Einträge.</translation>
    </message>
    <message>
        <source>At most N entries.</source>
        <translation>Höchstens N Einträge.</translation>
    </message>
    <message>
        <source>Print entry ID&apos;s whole document (fastercodes.comparison/1).</source>
        <translation>Das ganze Dokument von Eintrag ID ausgeben (fastercodes.comparison/1).</translation>
    </message>
    <message>
        <source>Star entry ID.</source>
        <translation>Eintrag ID markieren.</translation>
    </message>
    <message>
        <source>Unstar entry ID.</source>
        <translation>Markierung von Eintrag ID entfernen.</translation>
    </message>
    <message>
        <source>Delete entry ID from the history.</source>
        <translation>Eintrag ID aus dem Verlauf löschen.</translation>
    </message>
    <message>
        <source>Delete entry ID&apos;s upload from its server (with the kept write token).</source>
        <translation>Den hochgeladenen Eintrag ID von seinem Server löschen (mit dem gespeicherten Schreib-Token).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>there is no history entry &apos;%1&apos;</source>
        <translation>es gibt keinen Verlaufseintrag „%1“</translation>
    </message>
    <message>
        <source>Deleted comparison %1.</source>
        <translation>Vergleich %1 gelöscht.</translation>
    </message>
    <message>
        <source>Deleted comparison %1 from its server.</source>
        <translation>Vergleich %1 von seinem Server gelöscht.</translation>
    </message>
    <message>
        <source>--limit needs a whole number ≥ 1</source>
        <translation>--limit braucht eine ganze Zahl ≥ 1</translation>
    </message>
    <message>
        <source>No comparisons saved yet.</source>
        <translation>Noch keine Vergleiche gespeichert.</translation>
    </message>
    <message>
        <source>No comparison matches.</source>
        <translation>Kein Vergleich passt.</translation>
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
    <name>LanguageRecipe</name>
    <message>
        <source>unknown field (ignored)</source>
        <translation>unbekanntes Feld (ignoriert)</translation>
    </message>
    <message>
        <source>cannot be set per platform</source>
        <translation>kann nicht pro Plattform gesetzt werden</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and _ . + - (starting with a letter or digit), not &quot;%1&quot;</source>
        <translation>muss aus Kleinbuchstaben, Ziffern und _ . + - bestehen (beginnend mit Buchstabe oder Ziffer), nicht „%1“</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a plain file name such as &quot;Main.java&quot;, not &quot;%1&quot;</source>
        <translation>muss ein einfacher Dateiname wie „Main.java“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be a file name extension such as &quot;java&quot;, not &quot;%1&quot;</source>
        <translation>muss eine Dateinamenserweiterung wie „java“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>unknown placeholder {%1} (known: %2; write {{ for a literal brace)</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: %2; {{ für eine wörtliche Klammer schreiben)</translation>
    </message>
    <message>
        <source>must name the program to start</source>
        <translation>muss das zu startende Programm nennen</translation>
    </message>
    <message>
        <source>must be an object with &quot;command&quot; and &quot;regex&quot;</source>
        <translation>muss ein Objekt mit „command“ und „regex“ sein</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1 (at offset %2)</source>
        <translation>kein gültiger regulärer Ausdruck: %1 (an Position %2)</translation>
    </message>
    <message>
        <source>must be an object of variable names to strings or null</source>
        <translation>muss ein Objekt sein, das Variablennamen Zeichenketten oder null zuordnet</translation>
    </message>
    <message>
        <source>is not a valid variable name</source>
        <translation>ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>must be a string, or null to remove the variable</source>
        <translation>muss eine Zeichenkette sein, oder null, um die Variable zu entfernen</translation>
    </message>
    <message>
        <source>must be a string or an array of lines</source>
        <translation>muss eine Zeichenkette oder ein Array von Zeilen sein</translation>
    </message>
    <message>
        <source>must be an object such as {&quot;debian&quot;: &quot;gcc&quot;}</source>
        <translation>muss ein Objekt wie {&quot;debian&quot;: &quot;gcc&quot;} sein</translation>
    </message>
    <message>
        <source>unknown package manager (ignored; known: debian, fedora, homebrew, winget, url)</source>
        <translation>unbekannte Paketverwaltung (ignoriert; bekannt: debian, fedora, homebrew, winget, url)</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>must hold one JSON object ({&quot;id&quot;: ..., ...})</source>
        <translation>muss ein JSON-Objekt enthalten ({&quot;id&quot;: ..., ...})</translation>
    </message>
    <message>
        <source>must be an object keyed by platform (linux, macos, windows)</source>
        <translation>muss ein Objekt mit Plattformen als Schlüsseln sein (linux, macos, windows)</translation>
    </message>
    <message>
        <source>unknown platform (ignored; known: linux, macos, windows)</source>
        <translation>unbekannte Plattform (ignoriert; bekannt: linux, macos, windows)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>a short lower-case id such as &quot;java&quot;</source>
        <translation>eine kurze Kennung in Kleinbuchstaben wie „java“</translation>
    </message>
    <message>
        <source>the name shown to people, such as &quot;Java&quot;</source>
        <translation>der angezeigte Name, etwa „Java“</translation>
    </message>
    <message>
        <source>the KSyntaxHighlighting definition name, such as &quot;Java&quot;</source>
        <translation>der Name der KSyntaxHighlighting-Definition, etwa „Java“</translation>
    </message>
    <message>
        <source>the source file name, such as &quot;Main.java&quot;</source>
        <translation>der Name der Quelldatei, etwa „Main.java“</translation>
    </message>
    <message>
        <source>the command that runs the program</source>
        <translation>der Befehl, der das Programm ausführt</translation>
    </message>
    <message>
        <source>missing: a regex needs the command whose output it reads</source>
        <translation>fehlt: ein regulärer Ausdruck braucht den Befehl, dessen Ausgabe er liest</translation>
    </message>
    <message>
        <source>no built-in language recipes (the resources were not linked into the program)</source>
        <translation>keine eingebauten Sprachrezepte (die Ressourcen wurden nicht ins Programm gelinkt)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>too large for a language recipe (%1 bytes)</source>
        <translation>zu groß für ein Sprachrezept (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>LanguagesCommand</name>
    <message>
        <source>Lists the languages and which toolchains are installed, with versions.</source>
        <translation>Listet die Sprachen auf und welche Toolchains installiert sind, mit Versionen.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Ask every toolchain again instead of using the cache.</source>
        <translation>Jede Toolchain erneut abfragen, statt den Zwischenspeicher zu verwenden.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>LauncherExit</name>
    <message>
        <source>was killed or crashed</source>
        <translation>wurde beendet oder ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>endete mit Code %1</translation>
    </message>
    <message>
        <source>cancelled; the launcher %1 before it reported</source>
        <translation>abgebrochen; der Launcher %1, bevor er berichtete</translation>
    </message>
    <message>
        <source>the measuring launcher %1 without a result</source>
        <translation>der Mess-Launcher %1 ohne Ergebnis</translation>
    </message>
    <message>
        <source>cannot start the measuring launcher %1: %2</source>
        <translation>der Mess-Launcher %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>a measured run is already going on</source>
        <translation>ein gemessener Lauf ist bereits im Gange</translation>
    </message>
</context>
<context>
    <name>LauncherProtocol</name>
    <message>
        <source>bad \x escape at column %1</source>
        <translation>ungültiges \x-Escape in Spalte %1</translation>
    </message>
    <message>
        <source>unknown escape \%1 at column %2</source>
        <translation>unbekanntes Escape \%1 in Spalte %2</translation>
    </message>
    <message>
        <source>unterminated quoted value</source>
        <translation>nicht abgeschlossener Wert in Anführungszeichen</translation>
    </message>
    <message>
        <source>not a record (no kind at the start)</source>
        <translation>kein Datensatz (keine Art am Anfang)</translation>
    </message>
    <message>
        <source>unexpected character at column %1</source>
        <translation>unerwartetes Zeichen in Spalte %1</translation>
    </message>
    <message>
        <source>expected key=value at column %1</source>
        <translation>key=value in Spalte %1 erwartet</translation>
    </message>
    <message>
        <source>bad character in value at column %1</source>
        <translation>ungültiges Zeichen im Wert in Spalte %1</translation>
    </message>
    <message>
        <source>empty value for %1</source>
        <translation>leerer Wert für %1</translation>
    </message>
    <message>
        <source>line %1: longer than %2 bytes, skipped</source>
        <translation>Zeile %1: länger als %2 Bytes, übersprungen</translation>
    </message>
    <message>
        <source>line %1: incomplete last line ignored: %2</source>
        <translation>Zeile %1: unvollständige letzte Zeile ignoriert: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the launcher reported no result</source>
        <translation>der Launcher meldete kein Ergebnis</translation>
    </message>
    <message>
        <source>%1: not an integer: %2</source>
        <translation>%1: keine ganze Zahl: %2</translation>
    </message>
    <message>
        <source>line %1: second header</source>
        <translation>Zeile %1: zweiter Kopf</translation>
    </message>
    <message>
        <source>line %1: header without a version %2</source>
        <translation>Zeile %1: Kopf ohne Version %2</translation>
    </message>
    <message>
        <source>line %1: %2 record before the header</source>
        <translation>Zeile %1: %2-Datensatz vor dem Kopf</translation>
    </message>
    <message>
        <source>the launcher speaks protocol version %1; this app understands version %2</source>
        <translation>der Launcher spricht Protokollversion %1; diese App versteht Version %2</translation>
    </message>
    <message>
        <source>sample without t_ms, cpu_pct, rss_kib and procs</source>
        <translation>Messpunkt ohne t_ms, cpu_pct, rss_kib und procs</translation>
    </message>
    <message>
        <source>line %1: second outcome record ignored</source>
        <translation>Zeile %1: zweiter Ergebnis-Datensatz ignoriert</translation>
    </message>
    <message>
        <source>line %1: result without exit and signal %2</source>
        <translation>Zeile %1: Ergebnis ohne exit und signal %2</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
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
    <message numerus="yes">
        <source>- CPU: %1 (%n cores)
</source>
        <translation>
            <numerusform>- CPU: %1 (%n Kern)
</numerusform>
            <numerusform>- CPU: %1 (%n Kerne)
</numerusform>
        </translation>
    </message>
    <message>
        <source>- OS: %1, kernel %2 (%3)
</source>
        <translation>- Betriebssystem: %1, Kernel %2 (%3)
</translation>
    </message>
    <message>
        <source>- faster.codes %1, Qt %2
</source>
        <translation>- faster.codes %1, Qt %2
</translation>
    </message>
    <message>
        <source>- Sandboxed: %1
</source>
        <translation>- In der Sandbox: %1
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
        <source>- Note: %1
</source>
        <translation>- Hinweis: %1
</translation>
    </message>
    <message>
        <source>- ⚠ %1
</source>
        <translation>- ⚠ %1
</translation>
    </message>
</context>
<context>
    <name>Network</name>
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
        <translation>der Proxy hat %1 nicht erreicht: %2</translation>
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
        <translation>%1 antwortete nicht mit HTTP, das diese App versteht</translation>
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
        <source>the request to %1 was cancelled: what sent it was closed</source>
        <translation>die Anfrage an %1 wurde abgebrochen: was sie gesendet hat, wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>Permalink</name>
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
        <source>&apos;%1&apos; is not a valid run id (1 to 32 characters: digits and a-z)</source>
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
        <source>&apos;%1&apos; is not a link</source>
        <translation>„%1“ ist kein Link</translation>
    </message>
    <message>
        <source>links starting with &apos;%1:&apos; are not faster.codes links</source>
        <translation>Links, die mit „%1:“ beginnen, sind keine faster.codes-Links</translation>
    </message>
    <message>
        <source>the link has no run id (expected fastercodes://run/ID)</source>
        <translation>der Link hat keine Lauf-ID (erwartet: fastercodes://run/ID)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable backend address: %2</source>
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
    <name>RunOutcome</name>
    <message>
        <source>illegal instruction</source>
        <translation>ungültiger Maschinenbefehl</translation>
    </message>
    <message>
        <source>abort</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>bus error</source>
        <translation>Busfehler</translation>
    </message>
    <message>
        <source>arithmetic error</source>
        <translation>Rechenfehler</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>zwangsbeendet</translation>
    </message>
    <message>
        <source>segmentation fault</source>
        <translation>Speicherzugriffsfehler</translation>
    </message>
    <message>
        <source>broken pipe</source>
        <translation>unterbrochene Pipe</translation>
    </message>
    <message>
        <source>terminated</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
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
    <message>
        <source>the captured output %1 is %2: not read</source>
        <translation>die aufgezeichnete Ausgabe %1 ist %2: nicht gelesen</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) ist nicht installiert</translation>
    </message>
    <message>
        <source>bwrap cannot make its namespaces here: %1</source>
        <translation>bwrap kann hier seine Namensräume nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>ShareCommand</name>
    <message>
        <source>Uploads a finished comparison to a backend and prints its permalink. When the backend cannot be reached, the upload is queued and &apos;fastercodes sync&apos; (or the app) delivers it later.</source>
        <translation>Lädt einen fertigen Vergleich zu einem Backend hoch und gibt seinen Permalink aus. Ist das Backend nicht erreichbar, kommt der Upload in die Warteschlange, und „fastercodes sync“ (oder die App) überträgt ihn später.</translation>
    </message>
    <message>
        <source>The backend&apos;s site, e.g. http://127.0.0.1:8787 (default: the settings, or $FASTERCODES_BACKEND).</source>
        <translation>Die Adresse des Backends, z. B. http://127.0.0.1:8787 (Vorgabe: die Einstellungen oder $FASTERCODES_BACKEND).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a comparison</source>
        <translation>%1 ist zu groß für einen Vergleich</translation>
    </message>
    <message>
        <source>%1 is not a comparison: %2</source>
        <translation>%1 ist kein Vergleich: %2</translation>
    </message>
    <message>
        <source>cannot save to the history: %1</source>
        <translation>kann nicht im Verlauf speichern: %1</translation>
    </message>
    <message>
        <source>%1; &apos;fastercodes sync&apos; or the app will deliver it to %2</source>
        <translation>%1; „fastercodes sync“ oder die App überträgt den Vergleich an %2</translation>
    </message>
    <message>
        <source>Share to a plain http:// backend on another machine even though the run&apos;s write token then travels unencrypted (refused otherwise).</source>
        <translation>Auch an ein einfaches http://-Backend auf einem anderen Rechner teilen, obwohl das Schreib-Token des Laufs dann unverschlüsselt übertragen wird (sonst abgelehnt).</translation>
    </message>
    <message>
        <source>there is no history entry &apos;%1&apos;</source>
        <translation>es gibt keinen Verlaufseintrag „%1“</translation>
    </message>
    <message>
        <source>A comparison written by &apos;fastercodes compare --json&apos; or exported by the app, or the id of a history entry (&apos;fastercodes history&apos;).</source>
        <translation>Ein Vergleich, geschrieben von „fastercodes compare --json“ oder aus der App exportiert, oder die ID eines Verlaufseintrags („fastercodes history“).</translation>
    </message>
    <message>
        <source>Print the document that would be uploaded, byte for byte (compact JSON: no host name, the work folders relative, the home folder as ~), and send and save nothing.</source>
        <translation>Das Dokument ausgeben, das hochgeladen würde, Byte für Byte (kompaktes JSON: kein Rechnername, die Arbeitsordner relativ, der Home-Ordner als ~), und nichts senden oder speichern.</translation>
    </message>
    <message>
        <source>expected one result file or history id, got %1</source>
        <translation>eine Ergebnisdatei oder Verlaufs-ID erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>already shared to %1 as %2: &apos;share&apos; would send nothing again and print that link</source>
        <translation>bereits nach %1 geteilt als %2: „share“ würde nichts erneut senden und diesen Link ausgeben</translation>
    </message>
</context>
<context>
    <name>ShellWords</name>
    <message>
        <source>a backslash ends the text</source>
        <translation>ein Backslash beendet den Text</translation>
    </message>
    <message>
        <source>a single quote (&apos;) is not closed</source>
        <translation>ein einfaches Anführungszeichen (&apos;) ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a double quote (&quot;) is not closed</source>
        <translation>ein doppeltes Anführungszeichen (&quot;) ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Delivers the upload queue now, each entry to the backend it was shared to, and prints one permalink per delivered entry. Exit code 0 when the queue is empty afterwards, 1 when something is still queued or failed.</source>
        <translation>Überträgt die Upload-Warteschlange jetzt, jeden Eintrag an das Backend, mit dem er geteilt wurde, und gibt je übertragenem Eintrag einen Permalink aus. Exit-Code 0, wenn die Warteschlange danach leer ist, 1, wenn noch etwas wartet oder fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>sync takes no arguments</source>
        <translation>sync nimmt keine Argumente an</translation>
    </message>
    <message>
        <source>Nothing to send: the upload queue is empty.</source>
        <translation>Nichts zu senden: die Upload-Warteschlange ist leer.</translation>
    </message>
    <message>
        <source>still queued</source>
        <translation>noch in der Warteschlange</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>comparison %1 (%2): %3: %4</source>
        <translation>Vergleich %1 (%2): %3: %4</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
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
        <source>Note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>Warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>Sandboxed (bubblewrap: no network, read-only system, empty home, cleared environment).
</source>
        <translation>In der Sandbox (bubblewrap: kein Netzwerk, schreibgeschütztes System, leerer Home-Ordner, geleerte Umgebung).
</translation>
    </message>
</context>
<context>
    <name>ToolchainDetector</name>
    <message>
        <source>%1 is not installed (no %2 on the PATH) — install %3 (the Debian package; yours may be named differently)</source>
        <translation>%1 ist nicht installiert (kein %2 im PATH) — installieren Sie %3 (das Debian-Paket; Ihres heißt vielleicht anders)</translation>
    </message>
    <message>
        <source>%1 is not installed (no %2 on the PATH) — install %3</source>
        <translation>%1 ist nicht installiert (kein %2 im PATH) — installieren Sie %3</translation>
    </message>
    <message>
        <source>%1 is not installed (no %2 on the PATH) — see %3</source>
        <translation>%1 ist nicht installiert (kein %2 im PATH) — siehe %3</translation>
    </message>
    <message>
        <source>%1 is not installed (no %2 on the PATH)</source>
        <translation>%1 ist nicht installiert (kein %2 im PATH)</translation>
    </message>
    <message>
        <source>%1 is installed, but its version was not found in &quot;%2&quot;</source>
        <translation>%1 ist installiert, aber seine Version wurde in „%2“ nicht gefunden</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 antwortete nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 schlug mit Exit-Code %2 fehl: %3</translation>
    </message>
    <message>
        <source>install %1</source>
        <translation>%1 installieren</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>siehe %1</translation>
    </message>
    <message>
        <source>install a toolchain that provides %1</source>
        <translation>installieren Sie eine Werkzeugkette, die %1 bereitstellt</translation>
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
        <translation>Wanduhrzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Speicherspitze</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>wall time</source>
        <translation>Wanduhrzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation>Speicherspitze</translation>
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
        <translation>Kein Fazit: Der Vergleich ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation>Kein Fazit: %1</translation>
    </message>
    <message>
        <source>Not enough runs for a verdict: need at least %1 per side (%2: %3, %4: %5)</source>
        <translation>Zu wenige Läufe für ein Fazit: mindestens %1 pro Seite nötig (%2: %3, %4: %5)</translation>
    </message>
    <message>
        <source>No significant difference in %1 between %2 and %3 (ratio %3/%2 %4, 95% CI %5–%6, %7, %8)</source>
        <translation>Kein signifikanter Unterschied bei der %1 zwischen %2 und %3 (Verhältnis %3/%2 %4, 95-%-KI %5–%6, %7, %8)</translation>
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
    <message numerus="yes">
        <source>%n runs each</source>
        <translation>
            <numerusform>je %n Lauf</numerusform>
            <numerusform>je %n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1, %2 of %3</source>
        <extracomment>The run count of each side: %n runs of side %1, %2 runs of side %3.</extracomment>
        <translation>
            <numerusform>%n Lauf von %1, %2 von %3</numerusform>
            <numerusform>%n Läufe von %1, %2 von %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No meaningful difference (≤ %1%) in %2 between %3 and %4 (ratio %4/%3 %5, 95% CI %6–%7, %8, %9)</source>
        <extracomment>%1 the threshold in percent, %2 the metric, %3 and %4 the sides, %5 the ratio %4/%3 with its CI %6–%7, %8 the p-value, %9 the run counts.</extracomment>
        <translation>Kein nennenswerter Unterschied (≤ %1 %) bei %2 zwischen %3 und %4 (Verhältnis %4/%3 %5, 95-%-KI %6–%7, %8, %9)</translation>
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
        <source>the document has no &quot;schema&quot; marker</source>
        <translation>das Dokument hat keine „schema“-Kennung</translation>
    </message>
    <message>
        <source>not a valid comparison: %1</source>
        <translation>kein gültiger Vergleich: %1</translation>
    </message>
    <message>
        <source>it sent run &apos;%1&apos; when %2 was asked for</source>
        <translation>es schickte Lauf „%1“, obwohl %2 angefragt war</translation>
    </message>
    <message>
        <source>status %1 where 204 was expected</source>
        <translation>Status %1, wo 204 erwartet wurde</translation>
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
        <source>permalink %1 is not on %2, where the run was shared</source>
        <translation>der Permalink %1 liegt nicht auf %2, wo der Lauf geteilt wurde</translation>
    </message>
</context>
<context>
    <name>fc::ComparisonRunner</name>
    <message>
        <source>unknown language &apos;%1&apos;</source>
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
    <message>
        <source>could not create a folder for the output: %1</source>
        <translation>konnte keinen Ordner für die Ausgabe anlegen: %1</translation>
    </message>
</context>
<context>
    <name>fc::LiveShare</name>
    <message>
        <source>the live share could not start: %1</source>
        <translation>das Live-Teilen konnte nicht beginnen: %1</translation>
    </message>
    <message>
        <source>the live share stopped: %1</source>
        <translation>das Live-Teilen wurde beendet: %1</translation>
    </message>
    <message>
        <source>the live share could not be finished: %1 (the run on the server stays unfinished and expires within an hour; share the comparison again)</source>
        <translation>das Live-Teilen konnte nicht abgeschlossen werden: %1 (der Lauf auf dem Server bleibt unfertig und verfällt innerhalb einer Stunde; teilen Sie den Vergleich erneut)</translation>
    </message>
    <message>
        <source>the live share was not started: %1 is plain http to another machine, so the run&apos;s write token would travel unencrypted; use https, or allow this backend in the Sync settings</source>
        <translation>das Live-Teilen wurde nicht gestartet: %1 ist einfaches http zu einem anderen Rechner, das Schreib-Token des Laufs würde also unverschlüsselt übertragen; verwenden Sie https oder erlauben Sie dieses Backend in den Sync-Einstellungen</translation>
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
        <translation>der Upload konnte nicht in die Warteschlange gestellt werden: %1</translation>
    </message>
    <message>
        <source>upload %1 is no longer queued</source>
        <translation>Upload %1 ist nicht mehr in der Warteschlange</translation>
    </message>
    <message>
        <source>already being uploaded</source>
        <translation>wird bereits hochgeladen</translation>
    </message>
    <message>
        <source>this comparison is not on any server</source>
        <translation>dieser Vergleich liegt auf keinem Server</translation>
    </message>
    <message>
        <source>not sent: %1 asked to wait until %2 (%3)</source>
        <translation>nicht gesendet: %1 bat, bis %2 zu warten (%3)</translation>
    </message>
    <message>
        <source>not sent: %1 is plain http to another machine, so the run&apos;s write token would travel unencrypted; use https, or allow this backend in the Sync settings (command line: --allow-insecure-http)</source>
        <translation>nicht gesendet: %1 ist einfaches http zu einem anderen Rechner, das Schreib-Token des Laufs würde also unverschlüsselt übertragen; verwenden Sie https oder erlauben Sie dieses Backend in den Sync-Einstellungen (Kommandozeile: --allow-insecure-http)</translation>
    </message>
    <message>
        <source>not sent: %1 is plain http to another machine, so the run&apos;s write token would travel unencrypted; allow this backend in the Sync settings first</source>
        <translation>nicht gesendet: %1 ist einfaches http zu einem anderen Rechner, das Schreib-Token des Laufs würde also unverschlüsselt übertragen; erlauben Sie dieses Backend zuerst in den Sync-Einstellungen</translation>
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
    <message>
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License, version 3&lt;/a&gt; or later: you may share and change it under its terms. It comes with no warranty.</source>
        <translation>Freie Software unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License, Version 3&lt;/a&gt; oder später: Sie dürfen sie nach deren Bedingungen weitergeben und verändern. Sie kommt ohne jede Gewährleistung.</translation>
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
    <name>fc::ui::CodeConsent</name>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::DetectionIndicator</name>
    <message>
        <source>Checking toolchains…</source>
        <translation>Werkzeugketten werden geprüft…</translation>
    </message>
    <message>
        <source>Finding out which compilers and interpreters this machine has</source>
        <translation>Es wird ermittelt, welche Compiler und Interpreter dieser Rechner hat</translation>
    </message>
</context>
<context>
    <name>fc::ui::EditorsPage</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 gegen %2</translation>
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
        <source>adaptive: %1–%2 runs, until the median&apos;s 95% CI is within ±%3 % or %4 passed</source>
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
        <translation>Sprache %1</translation>
    </message>
    <message>
        <source>%1 toolchain</source>
        <translation>Toolchain %1</translation>
    </message>
    <message>
        <source>%1 compile command</source>
        <translation>Kompilierbefehl %1</translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation>Flags %1</translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation>Argumente %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
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
    <message>
        <source>Code from</source>
        <translation>Code von</translation>
    </message>
    <message>
        <source>yes (bubblewrap: no network, read-only system, empty home, cleared environment)</source>
        <translation>ja (bubblewrap: kein Netzwerk, schreibgeschütztes System, leerer Home-Ordner, geleerte Umgebung)</translation>
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
    <name>fc::ui::FileCommands</name>
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
        <source>the code of side %1</source>
        <translation>den Code von Seite %1</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
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
    <message>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent Comparisons</source>
        <translation>Letzte Vergleiche</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>“%1” is no longer there (moved, renamed or deleted), so it was removed from %2.</source>
        <translation>„%1“ ist nicht mehr da (verschoben, umbenannt oder gelöscht) und wurde deshalb aus %2 entfernt.</translation>
    </message>
    <message>
        <source>Open comparison</source>
        <translation>Vergleich öffnen</translation>
    </message>
    <message>
        <source>Comparisons (*.json)</source>
        <translation>Vergleiche (*.json)</translation>
    </message>
    <message>
        <source>the code in both editors</source>
        <translation>der Code in beiden Editoren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
</context>
<context>
    <name>fc::ui::FindBar</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+F3, Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace this match and go to the next one</source>
        <translation>Diesen Treffer ersetzen und zum nächsten gehen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one step to undo)</source>
        <translation>Jeden Treffer ersetzen (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <translation>%1 wird geöffnet…</translation>
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
        <source>Share</source>
        <translation>Teilen</translation>
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
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>queued, retry at %1: %2</source>
        <translation>in der Warteschlange, neuer Versuch um %1: %2</translation>
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
        <translation>Fazit</translation>
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
        <translation>Titel, Code, Sprache, Fazit suchen…</translation>
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
        <translation>Wanduhrzeit pro Lauf</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation>Wanduhrzeit (ms)</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>Läufe %1</translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveShareBanner</name>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice (the share goes on)</source>
        <translation>Diesen Hinweis ausblenden (das Teilen läuft weiter)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Sharing live: creating the run on %1…</source>
        <translation>Live-Teilen: der Lauf wird auf %1 angelegt…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared live&lt;/b&gt;: anyone with the link sees the runs arrive: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;b&gt;Live geteilt&lt;/b&gt;: jeder mit dem Link sieht die Läufe eintreffen: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shared&lt;/b&gt;: the result is online at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>&lt;b&gt;Geteilt&lt;/b&gt;: das Ergebnis ist online unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live share stopped&lt;/b&gt;: %1. The measurement goes on; share the result when it ends (File → Share).</source>
        <translation>&lt;b&gt;Live-Teilen beendet&lt;/b&gt;: %1. Die Messung läuft weiter; teilen Sie das Ergebnis, wenn sie endet (Datei → Teilen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live share interrupted&lt;/b&gt;: %1. Trying again; the measurement goes on.</source>
        <translation>&lt;b&gt;Live-Teilen unterbrochen&lt;/b&gt;: %1. Neuer Versuch; die Messung läuft weiter.</translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveShareController</name>
    <message>
        <source>Share &amp;Live</source>
        <translation>&amp;Live teilen</translation>
    </message>
    <message>
        <source>Share comparisons while they run: a link where anyone sees the runs arrive, then the result</source>
        <translation>Vergleiche teilen, während sie laufen: ein Link, unter dem jeder die Läufe eintreffen sieht, dann das Ergebnis</translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
    <message>
        <source>the code in both editors</source>
        <translation>den Code in beiden Editoren</translation>
    </message>
    <message>
        <source>Loaded “%1”</source>
        <translation>„%1“ geladen</translation>
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
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>No web browser to open %1</source>
        <translation>Kein Webbrowser, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>Not run: someone else&apos;s code needs your consent</source>
        <translation>Nicht ausgeführt: fremder Code braucht Ihre Zustimmung</translation>
    </message>
    <message>
        <source>The flags or arguments of %1 cannot be split into words</source>
        <translation>Die Optionen oder Argumente von %1 lassen sich nicht in Wörter zerlegen</translation>
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
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
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
    <message numerus="yes">
        <source>(%1 more bytes not kept)</source>
        <extracomment>%1 is a byte count; the plural form follows it.</extracomment>
        <translation>
            <numerusform>(%1 weiteres Byte nicht behalten)</numerusform>
            <numerusform>(%1 weitere Bytes nicht behalten)</numerusform>
        </translation>
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
    <name>fc::ui::ProgressIndicator</name>
    <message>
        <source>stopped after %1</source>
        <translation>angehalten nach %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::RecentList</name>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>fc::ui::ResultsPage</name>
    <message>
        <source>CPU and memory of the current run, and every run&apos;s wall time as it arrives</source>
        <translation>CPU und Speicher des aktuellen Laufs und die Wanduhrzeit jedes Laufs, sobald sie vorliegt</translation>
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
</context>
<context>
    <name>fc::ui::ResultsView</name>
    <message>
        <source>Wall time</source>
        <translation>Wanduhrzeit</translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation>CPU-Zeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Speicherspitze</translation>
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
        <translation>kein Fazit</translation>
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
    <message numerus="yes">
        <source>Runs %1 (modified z-score above 3.5; kept, not dropped)</source>
        <extracomment>%1 lists the outlying runs&apos; numbers; the plural form follows their count.</extracomment>
        <translation>
            <numerusform>Lauf %1 (modifizierter z-Wert über 3,5; behalten, nicht verworfen)</numerusform>
            <numerusform>Läufe %1 (modifizierter z-Wert über 3,5; behalten, nicht verworfen)</numerusform>
        </translation>
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
        <translation>Median A [95-%-KI]</translation>
    </message>
    <message>
        <source>B median [95% CI]</source>
        <translation>Median B [95-%-KI]</translation>
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
        <translation>Fazit</translation>
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
        <translation>Mittelwert A ± σ</translation>
    </message>
    <message>
        <source>A min–max</source>
        <translation>Min–Max A</translation>
    </message>
    <message>
        <source>A outliers</source>
        <translation>Ausreißer A</translation>
    </message>
    <message>
        <source>B mean ± σ</source>
        <translation>Mittelwert B ± σ</translation>
    </message>
    <message>
        <source>B min–max</source>
        <translation>Min–Max B</translation>
    </message>
    <message>
        <source>B outliers</source>
        <translation>Ausreißer B</translation>
    </message>
    <message numerus="yes">
        <source>%n counted run(s) per side</source>
        <translation>
            <numerusform>%n gezählter Lauf pro Seite</numerusform>
            <numerusform>%n gezählte Läufe pro Seite</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1: %n counted run(s)</source>
        <translation>
            <numerusform>%1: %n gezählter Lauf</numerusform>
            <numerusform>%1: %n gezählte Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>no meaningful difference (≤ %1%)</source>
        <translation>kein nennenswerter Unterschied (≤ %1 %)</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunController</name>
    <message>
        <source>Running… the verdict appears when both sides have run.</source>
        <translation>Läuft… das Fazit erscheint, wenn beide Seiten gelaufen sind.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunHerePrompt</name>
    <message>
        <source>Run someone else&apos;s code?</source>
        <translation>Fremden Code ausführen?</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>einem anderen Rechner</translation>
    </message>
    <message>
        <source>bubblewrap (bwrap) is not installed</source>
        <translation>bubblewrap (bwrap) ist nicht installiert</translation>
    </message>
    <message>
        <source>this system has none that the app can use</source>
        <translation>dieses System hat keine, die die App nutzen kann</translation>
    </message>
    <message>
        <source>This code comes from %1 and has not been run on this machine. Run it here, in the sandbox?</source>
        <translation>Dieser Code stammt von %1 und lief noch nicht auf diesem Rechner. Hier in der Sandbox ausführen?</translation>
    </message>
    <message>
        <source>This code comes from %1 and has not been run on this machine. There is no sandbox here (%2): it would run with all of your rights. Run it only if you trust it.</source>
        <translation>Dieser Code stammt von %1 und lief noch nicht auf diesem Rechner. Hier gibt es keine Sandbox (%2): Er liefe mit all Ihren Rechten. Führen Sie ihn nur aus, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Run in the Sandbox</source>
        <translation>In der Sandbox ausführen</translation>
    </message>
    <message>
        <source>Run Without a Sandbox</source>
        <translation>Ohne Sandbox ausführen</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <extracomment>Where foreign code came from: %1 the backend&apos;s host, %2 the run&apos;s ID.</extracomment>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::RunPlanBar</name>
    <message>
        <source>Ada&amp;ptive</source>
        <translation>Adap&amp;tiv</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Run each side a fixed number of times</source>
        <translation>Jede Seite eine feste Anzahl von Malen ausführen</translation>
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
        <translation>Ausführen, bis das 95-%-KI jedes Medians im Ziel liegt oder das Zeitbudget verbraucht ist</translation>
    </message>
    <message>
        <source>Target half-width of the medians&apos; 95% confidence intervals</source>
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
        <source>&amp;Warm-up</source>
        <translation>Auf&amp;wärmen</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation>Spei&amp;cher</translation>
    </message>
    <message>
        <source>Run in a sandbox: no network, a read-only system, an empty home and /tmp, only its own work folder, a cleared environment</source>
        <translation>In einer Sandbox ausführen: kein Netzwerk, ein schreibgeschütztes System, leerer Home-Ordner und leeres /tmp, nur der eigene Arbeitsordner, eine geleerte Umgebung</translation>
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
        <translation>A&amp;daptiv: ausführen, bis das Ergebnis genau genug ist</translation>
    </message>
    <message>
        <source>Check that both sides print the same &amp;output</source>
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
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Editor colours:</source>
        <translation>&amp;Editorfarben:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>Editor-Schrift&amp;größe:</translation>
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
        <source>Runs per side, at l&amp;east:</source>
        <translation>Läufe pro Seite, mi&amp;ndestens:</translation>
    </message>
    <message>
        <source>Runs per side, at mo&amp;st:</source>
        <translation>Läufe pro Seite, &amp;höchstens:</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>Zeit&amp;budget:</translation>
    </message>
    <message>
        <source>&amp;Warm-up runs (not counted):</source>
        <translation>Auf&amp;wärmläufe (nicht gezählt):</translation>
    </message>
    <message>
        <source>&amp;Timeout per run:</source>
        <translation>&amp;Zeitlimit pro Lauf:</translation>
    </message>
    <message>
        <source>Memory &amp;limit per run:</source>
        <translation>Spei&amp;cherlimit pro Lauf:</translation>
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
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>none (any significant difference)</source>
        <translation>keine (jeder signifikante Unterschied)</translation>
    </message>
    <message>
        <source>A side is called faster only when the 95% confidence interval of the ratio lies wholly beyond this difference; otherwise the verdict is “no meaningful difference”.</source>
        <translation>Eine Seite heißt nur dann schneller, wenn das 95-%-Konfidenzintervall des Verhältnisses ganz jenseits dieses Unterschieds liegt; sonst lautet das Fazit „kein nennenswerter Unterschied“.</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>nicht gebunden</translation>
    </message>
    <message>
        <source>Run both sides on this one CPU only (Linux): the scheduler then cannot move a run between cores. Choose a core other programs leave alone.</source>
        <translation>Beide Seiten nur auf dieser einen CPU ausführen (Linux): der Scheduler kann einen Lauf dann nicht zwischen Kernen verschieben. Wählen Sie einen Kern, den andere Programme nicht nutzen.</translation>
    </message>
    <message>
        <source>Practical &amp;difference threshold:</source>
        <translation>Schwelle für praktischen &amp;Unterschied:</translation>
    </message>
    <message>
        <source>Pin both sides to &amp;CPU:</source>
        <translation>Beide Seiten an &amp;CPU binden:</translation>
    </message>
    <message>
        <source>Run in a sa&amp;ndbox (no network, read-only system, empty home, no secrets in the environment)</source>
        <translation>In einer Sa&amp;ndbox ausführen (kein Netzwerk, schreibgeschütztes System, leerer Home-Ordner, keine Geheimnisse in der Umgebung)</translation>
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
        <translation>Wird zu %1 hochgeladen…</translation>
    </message>
    <message>
        <source>Shared on %1. Anyone with this link can see the comparison:</source>
        <translation>Auf %1 geteilt. Alle mit diesem Link können den Vergleich sehen:</translation>
    </message>
    <message>
        <source>Queued: %1.
It will be uploaded to %2 when the server can be reached; the history shows its state.</source>
        <translation>In der Warteschlange: %1.
Der Vergleich wird zu %2 hochgeladen, sobald der Server erreichbar ist; der Verlauf zeigt seinen Stand.</translation>
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
        <source>Compiler or interpreter flags, split like a shell would; empty = the language&apos;s defaults</source>
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
        <translation>Seite %1 enthält von Ihnen bearbeiteten Code. Durch die Vorlage für %2 ersetzen?</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a snippet.</source>
        <translation>%1 ist größer als 4 MiB; das ist kein Schnipsel.</translation>
    </message>
</context>
<context>
    <name>fc::ui::SyncSettingsPage</name>
    <message>
        <source>Upload every finished comparison</source>
        <translation>Jeden fertigen Vergleich hochladen</translation>
    </message>
    <message>
        <source>Where comparisons are shared to and bare run ids are looked up. The local backend of &apos;toolchains/dev backend&apos; is %1.</source>
        <translation>Wohin Vergleiche geteilt und wo einzelne Lauf-IDs nachgeschlagen werden. Das lokale Backend von „toolchains/dev backend“ ist %1.</translation>
    </message>
    <message>
        <source>Off: only what you share is uploaded. On: every comparison that finishes is queued for the backend.</source>
        <translation>Aus: Nur was Sie teilen, wird hochgeladen. An: Jeder fertige Vergleich kommt in die Warteschlange für das Backend.</translation>
    </message>
    <message>
        <source>One site per line. Links to these sites are read from the original service&apos;s API.</source>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unencrypted Backend</source>
        <translation>Unverschlüsseltes Backend</translation>
    </message>
    <message>
        <source>%1 is plain http on another machine. Sharing to it sends each comparison, and receives the write token that can delete it, unencrypted: anyone on the network path can read or change them. Use this backend anyway?</source>
        <translation>%1 ist einfaches http auf einem anderen Rechner. Beim Teilen dorthin werden jeder Vergleich und das Schreib-Token, mit dem er gelöscht werden kann, unverschlüsselt übertragen: jeder auf dem Netzwerkweg kann sie lesen oder ändern. Dieses Backend trotzdem verwenden?</translation>
    </message>
    <message>
        <source>Use Unencrypted</source>
        <translation>Unverschlüsselt verwenden</translation>
    </message>
    <message>
        <source>plain http to another machine: use https, or agree to send write tokens unencrypted</source>
        <translation>einfaches http zu einem anderen Rechner: verwenden Sie https oder stimmen Sie zu, Schreib-Token unverschlüsselt zu senden</translation>
    </message>
</context>
<context>
    <name>fc::ui::UploadPreviewDialog</name>
    <message>
        <source>%1: %2 code (%3 lines)</source>
        <translation>%1: %2-Code (%3 Zeilen)</translation>
    </message>
    <message>
        <source>While the comparison runs, each measured run is sent to &lt;b&gt;%1&lt;/b&gt; as it arrives, then the result.</source>
        <translation>Während der Vergleich läuft, wird jeder gemessene Lauf sofort an &lt;b&gt;%1&lt;/b&gt; gesendet, danach das Ergebnis.</translation>
    </message>
    <message>
        <source>The comparison is uploaded to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Der Vergleich wird auf &lt;b&gt;%1&lt;/b&gt; hochgeladen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 &lt;b&gt;Anyone with the link can read it.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It holds: the code of both sides (%2), their flags, arguments and standard input, every run&apos;s figures, the compiler&apos;s and the programs&apos; output, and this machine&apos;s processor, core count, memory and operating system.&lt;/p&gt;&lt;p&gt;It does not hold this computer&apos;s name; work folders appear as relative paths, and your home folder as &lt;tt&gt;~&lt;/tt&gt;. Below is the document exactly as it is sent.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;b&gt;Jeder mit dem Link kann ihn lesen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Er enthält: den Code beider Seiten (%2), ihre Optionen, Argumente und Standardeingabe, die Zahlen jedes Laufs, die Ausgabe des Compilers und der Programme sowie Prozessor, Kernzahl, Arbeitsspeicher und Betriebssystem dieses Rechners.&lt;/p&gt;&lt;p&gt;Er enthält nicht den Namen dieses Computers; Arbeitsordner erscheinen als relative Pfade und Ihr Home-Ordner als &lt;tt&gt;~&lt;/tt&gt;. Unten steht das Dokument genau so, wie es gesendet wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again</source>
        <translation>&amp;Nicht mehr anzeigen</translation>
    </message>
    <message>
        <source>Share Live: What Is Sent</source>
        <translation>Live teilen: was gesendet wird</translation>
    </message>
    <message>
        <source>Share: What Is Uploaded</source>
        <translation>Teilen: was hochgeladen wird</translation>
    </message>
    <message>
        <source>The document that is sent</source>
        <translation>Das Dokument, das gesendet wird</translation>
    </message>
    <message>
        <source>Share &amp;Live</source>
        <translation>&amp;Live teilen</translation>
    </message>
    <message>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
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
        <translation>Fazit</translation>
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
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>fc::ui::WindowMenus</name>
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
        <translation>B&amp;eenden</translation>
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
        <source>Editor &amp;A</source>
        <translation>Editor &amp;A</translation>
    </message>
    <message>
        <source>Editor &amp;B</source>
        <translation>Editor &amp;B</translation>
    </message>
    <message>
        <source>&amp;About faster.codes</source>
        <translation>&amp;Über faster.codes</translation>
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
        <translation>Beis&amp;piele</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>&amp;Vergleich öffnen…</translation>
    </message>
    <message>
        <source>Open a comparison saved as JSON (Export as JSON) with its code and results</source>
        <translation>Einen als JSON gespeicherten Vergleich (Als JSON exportieren) mit Code und Ergebnissen öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent Co&amp;mparisons</source>
        <translation>Letzte Ver&amp;gleiche</translation>
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
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find in the focused editor (Ctrl+F)</source>
        <translation>Im aktiven Editor suchen (Strg+F)</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>E&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Find and replace in the focused editor (Ctrl+R)</source>
        <translation>Im aktiven Editor suchen und ersetzen (Strg+R)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>faster.codes &amp;Documentation</source>
        <translation>faster.codes-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Open the user guide in the web browser (F1)</source>
        <translation>Das Benutzerhandbuch im Webbrowser öffnen (F1)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
</TS>
