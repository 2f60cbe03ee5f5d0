<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analysis</name>
    <message>
        <source>it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart exported from faster.codes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Distribution of wall times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time run by run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run (warm-ups at 0 and below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU over time (median run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory over time (median run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since start (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no samples recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonExporter</name>
    <message>
        <source>This build cannot write that format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureText</name>
    <message>
        <source>%1 did not compile: %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not compile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed: signal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed: signal %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit the memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hit the process limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run: toolchain not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the comparison was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a diagnostic to jump to its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the timeout in the toolbar, or make the program do less work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the memory limit in the toolbar (0 = no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise the process limit in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 could not be used (%2). It was moved to %3 and a new, empty history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is locked by another program (%2). Comparisons of this session are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 cannot be used (%2). Comparisons of this session are kept in memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema version %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging is not available (journal mode %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be moved aside to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no history entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history entry %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageCatalog</name>
    <message>
        <source>install %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (adaptive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compiler did not finish within %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>%1 runs each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs of %2, %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a side has no measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a median is zero or negative, so the sides cannot be compared as a ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: the comparison failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough runs for a verdict: need at least %1 per side (%2: %3, %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant difference in %1 between %2 and %3 (ratio %3/%2 %4, 95% CI %5–%6, %7, %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2× faster than %3 (95% CI %4–%5, %6, %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2× less CPU time than %3 (95% CI %4–%5, %6, %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses %2× less memory than %3 (95% CI %4–%5, %6, %7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc</name>
    <message>
        <source>exited with code %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed at the memory limit (%1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed with %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s; its processes were killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer this app cannot use (%2); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (is the server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host %1 was not found (offline, or a mistyped address?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available (reaching %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy did not get through to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy asks for a password (reaching %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the request somewhere it cannot be followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in HTTP that this app understands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talking to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not accept the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has nothing at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is too large for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it rejected the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests; it asks to wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 MiB and was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backend is configured to look up run %1 (set one in the settings or with --backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links with a user name or password are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has no run id (expected %1/ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has no run id (expected ?runId=ID or ?r=ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid run id (1 to 32 characters: digits and a-z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link is too long to be a permalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links starting with &apos;%1:&apos; are not faster.codes links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link has no run id (expected fastercodes://run/ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable backend address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an http:// or https:// address such as http://127.0.0.1:8787</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a user name, a query or a fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster.codes comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| metric | %1 median [95% CI] | %2 median [95% CI] | B / A [95% CI] | p |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| metric | side | n | mean ± σ | min – max | outliers |
|---|---|---:|---:|---:|---:|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Toolchain: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Flags: `%1`
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Compile time: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Failed** (%1): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Environment

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- CPU: %1 (%2 cores)
- OS: %3, kernel %4 (%5)
- faster.codes %6, Qt %7
- Sandboxed: %8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Started: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [95% CI %1 – %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  mean %1 ± %2  range %3 … %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  (%n outlier(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n counted run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, compiled in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAILED (%1): %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides printed the same output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sides printed DIFFERENT output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandboxed (bubblewrap: no network, read-only system).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::BackendClient</name>
    <message>
        <source>the comparison is %1 MiB as JSON; a backend takes at most %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 where 201 Created was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runId is missing or not a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writeToken is missing or not a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permalink is not a link to run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no run %1 at %2 (deleted, or a mistyped link?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 where 200 OK was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no &quot;schema&quot; marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it sent run &apos;%1&apos; when %2 was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1 where 204 was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ComparisonRunner</name>
    <message>
        <source>unknown language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create a work folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the standard input file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not compile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
[fastercodes] the memory limit could not be applied here (no usable cgroup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SyncService</name>
    <message>
        <source>only a finished comparison can be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upload could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1 is no longer queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already being uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this comparison is not on any server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::AboutDialog</name>
    <message>
        <source>About faster.codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of two snippets is faster, by how much, and how sure we are — on your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not working: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::ChartPanel</name>
    <message>
        <source>Export this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG (2×)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::ChartsView</name>
    <message>
        <source>No charts yet. They appear when a comparison has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::EnvironmentView</name>
    <message numerus="yes">
        <source>%n run(s) per side</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>adaptive: %1–%2 runs, until the median&apos;s 95% CI is within ±%3 % or %4 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment is recorded with every comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (a comparison of the original faster.codes service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n core(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 toolchain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compile command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (bubblewrap: no network, read-only system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster.codes %1, Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::ExamplesDialog</name>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryController</name>
    <message>
        <source>Uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comparisons made so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Permalink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared comparison from its link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload this comparison and get a link to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Permalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1; the source did not record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied into the editors: change it and run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the server? The link will stop working for everyone. The comparison stays in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryModel</name>
    <message>
        <source>downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued, retry at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::HistoryView</name>
    <message>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, code, language, verdict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results and put the code in the editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this comparison again on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this code into the editors as a new, editable comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the history (can be undone for a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star / Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate into the Editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::LiveCharts</name>
    <message>
        <source>CPU of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since start (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident memory (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall time per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::MainWindow</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU and memory of the current run, and every run&apos;s wall time as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians with confidence intervals, ratios, tests and spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributions, run-by-run progression and time series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how the comparison ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code of side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run someone else&apos;s code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code comes from %1 and has not been run on this machine. Run it here, in the sandbox?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile both sides and compare them (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running comparison (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse classic pairs to compare (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as JSON, CSV or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open into A…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file into the focused side (A unless B has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open into &amp;B…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;toolchains again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code in both editors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About faster.codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run: %2 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… the verdict appears when both sides have run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1? Your edits there are not saved in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open into side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::OpenPermalinkDialog</name>
    <message>
        <source>Open Permalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to a comparison (faster.codes or a backend of this app), or a run id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of the original faster.codes service, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::OutputView</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to jump to the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to compile (interpreted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not compile (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Compiled in %1, ran %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ran %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more bytes not kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output of the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::ResultsView</name>
    <message>
        <source>Wall time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compile time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 less CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 less memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No run is further than 3.5 MADs from the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs %1 (modified z-score above 3.5; kept, not dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet. Press Ctrl+Enter to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A median [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B median [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B ÷ A [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio of the medians, B over A, with its bootstrap 95% confidence interval: below 1 means B is lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-sided Mann–Whitney U test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mean ± σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B mean ± σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B min–max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n counted run(s) per side</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A: %1 counted runs, B: %2 counted runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up run(s) not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sandboxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sandboxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled once; not part of the runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::RunPlanBar</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada&amp;ptive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run each side a fixed number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted runs per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run until the 95% CI of each median is within the target, or the time budget is spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target half-width of the medians&apos; 95% confidence intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget: stop measuring after this long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up runs per side, not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run taking longer than this is stopped and the side fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit per run (none = no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in a sandbox: no network, read-only system, private /tmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::SettingsDialog</name>
    <message>
        <source>&amp;Fixed number of runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adaptive: run until the result is precise enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in a &amp;sandbox (no network, read-only system, private /tmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that both sides print the &amp;same output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the light/dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs per side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target 95% CI of the &amp;median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per side, at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per side, at &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up runs (not counted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory limit per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process limit (threads count):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::ShareDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permalink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the permalink to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared on %1. Anyone with this link can see the comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: %1.
It will be uploaded to %2 when the server can be reached; the history shows its state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::SidePane</name>
    <message>
        <source>Language of side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiler or interpreter flags, split like a shell would; empty = the language&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags of side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments passed to the program on every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the standard input given to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input for every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side A (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side B (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side %1 has code you edited. Replace it with the %2 template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a snippet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::SyncSettingsPage</name>
    <message>
        <source>Upload every finished comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where comparisons are shared to and bare run ids are looked up. The local backend of &apos;toolchains/dev backend&apos; is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only what you share is uploaded. On: every comparison that finishes is queued for the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One site per line. Links to these sites are read from the original service&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original &amp;sites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original &amp;API:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ui::VerdictBanner</name>
    <message>
        <source>Run it here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this code on your machine (it was written by someone else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Enter to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison from &lt;b&gt;%1&lt;/b&gt; — code not run on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
