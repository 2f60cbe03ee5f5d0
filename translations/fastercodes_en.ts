<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>- CPU: %1 (%n cores)
</source>
        <translation>
            <numerusform>- CPU: %1 (%n core)
</numerusform>
            <numerusform>- CPU: %1 (%n cores)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message numerus="yes">
        <source>  (%n outlier(s))</source>
        <translation>
            <numerusform>  (%n outlier)</numerusform>
            <numerusform>  (%n outliers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n counted run(s)</source>
        <translation>
            <numerusform>, %n counted run</numerusform>
            <numerusform>, %n counted runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message numerus="yes">
        <source>%n runs each</source>
        <translation>
            <numerusform>%n run each</numerusform>
            <numerusform>%n runs each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs of %1, %2 of %3</source>
        <extracomment>The run count of each side: %n runs of side %1, %2 runs of side %3.</extracomment>
        <translation>
            <numerusform>%n run of %1, %2 of %3</numerusform>
            <numerusform>%n runs of %1, %2 of %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ui::EnvironmentView</name>
    <message numerus="yes">
        <source>%n run(s) per side</source>
        <translation>
            <numerusform>%n run per side</numerusform>
            <numerusform>%n runs per side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up(s)</source>
        <translation>
            <numerusform>%n warm-up</numerusform>
            <numerusform>%n warm-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n core(s))</source>
        <translation>
            <numerusform>%1 (%n core)</numerusform>
            <numerusform>%1 (%n cores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ui::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ui::OutputView</name>
    <message numerus="yes">
        <source>Compiled in %1, ran %n time(s).</source>
        <translation>
            <numerusform>Compiled in %1, ran once.</numerusform>
            <numerusform>Compiled in %1, ran %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ran %n time(s).</source>
        <translation>
            <numerusform>Ran %n time.</numerusform>
            <numerusform>Ran %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%1 more bytes not kept)</source>
        <extracomment>%1 is a byte count; the plural form follows it.</extracomment>
        <translation>
            <numerusform>(%1 more byte not kept)</numerusform>
            <numerusform>(%1 more bytes not kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ui::ResultsView</name>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n outlier</numerusform>
            <numerusform>%n outliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n counted run(s) per side</source>
        <translation>
            <numerusform>%n counted run per side</numerusform>
            <numerusform>%n counted runs per side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up run(s) not counted</source>
        <translation>
            <numerusform>%n warm-up run not counted</numerusform>
            <numerusform>%n warm-up runs not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Runs %1 (modified z-score above 3.5; kept, not dropped)</source>
        <extracomment>%1 lists the outlying runs&apos; numbers; the plural form follows their count.</extracomment>
        <translation>
            <numerusform>Run %1 (modified z-score above 3.5; kept, not dropped)</numerusform>
            <numerusform>Runs %1 (modified z-score above 3.5; kept, not dropped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n counted run(s)</source>
        <translation>
            <numerusform>%1: %n counted run</numerusform>
            <numerusform>%1: %n counted runs</numerusform>
        </translation>
    </message>
</context>
</TS>
