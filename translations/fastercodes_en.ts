<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>fc</name>
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
</context>
</TS>