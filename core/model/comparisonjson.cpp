#include "comparisonjson.h"

#include "comparisonnames.h"
#include "jsonreader.h"
#include "originalformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fc {

namespace {

// Translation context "ComparisonJson": what is wrong with a comparison document (JSON).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonJson)
};

const QStringList kStatuses{statusName(Comparison::Status::Running),
                            statusName(Comparison::Status::Success),
                            statusName(Comparison::Status::Failed)};
const QStringList kErrorKinds{
    QStringLiteral("compile"),           QStringLiteral("crash"),  QStringLiteral("exit"),
    QStringLiteral("timeout"),           QStringLiteral("memory"), QStringLiteral("processes"),
    QStringLiteral("missing-toolchain"), QStringLiteral("launch"), QStringLiteral("cancelled"),
    QStringLiteral("internal")};
constexpr qsizetype kMaxRuns = 10000;

QJsonObject runValues(const QList<double> &values)
{
    double sum = 0;
    QJsonArray array;
    for (double v : values) {
        sum += v;
        array.append(v);
    }
    return {{QStringLiteral("avg"), values.isEmpty() ? 0.0 : sum / double(values.size())},
            {QStringLiteral("values"), array}};
}

QJsonObject runToJson(const RunRecord &r)
{
    QJsonObject o{{QStringLiteral("index"), r.index},
                  {QStringLiteral("wallMs"), r.wallMs},
                  {QStringLiteral("userMs"), r.userMs},
                  {QStringLiteral("sysMs"), r.sysMs},
                  {QStringLiteral("cpuMs"), r.cpuMs()},
                  {QStringLiteral("memKiB"), r.memKiB},
                  {QStringLiteral("exitCode"), r.exitCode},
                  {QStringLiteral("signal"), r.signal},
                  {QStringLiteral("timedOut"), r.timedOut},
                  {QStringLiteral("voluntarySwitches"), r.voluntarySwitches},
                  {QStringLiteral("involuntarySwitches"), r.involuntarySwitches},
                  {QStringLiteral("minorFaults"), r.minorFaults},
                  {QStringLiteral("majorFaults"), r.majorFaults}};
    if (r.warmup)
        o.insert(QStringLiteral("warmup"), true);
    return o;
}

QJsonObject compileToJson(const CompileResult &c)
{
    QJsonArray diagnostics;
    for (const Diagnostic &d : c.diagnostics) {
        diagnostics.append(QJsonObject{{QStringLiteral("file"), d.file},
                                       {QStringLiteral("line"), d.line},
                                       {QStringLiteral("column"), d.column},
                                       {QStringLiteral("severity"), d.severity},
                                       {QStringLiteral("message"), d.message}});
    }
    return {{QStringLiteral("command"), QJsonArray::fromStringList(c.command)},
            {QStringLiteral("exitCode"), c.exitCode},
            {QStringLiteral("durationMs"), c.durationMs},
            {QStringLiteral("output"), c.output},
            {QStringLiteral("diagnostics"), diagnostics}};
}

QJsonObject sideToJson(const Side &s)
{
    QJsonArray runs;
    for (const RunRecord &r : s.runs)
        runs.append(runToJson(r));
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("lang"), s.lang},
        {QStringLiteral("code"), s.code},
        {QStringLiteral("status"), statusName(s.status)},
        {QStringLiteral("languageName"), s.languageName},
        {QStringLiteral("toolchain"), s.toolchain},
        {QStringLiteral("flags"), QJsonArray::fromStringList(s.flags)},
        {QStringLiteral("args"), QJsonArray::fromStringList(s.args)},
        {QStringLiteral("stdin"), s.stdinText},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("stats"),
         QJsonObject{{QStringLiteral("duration"), runValues(s.values(Metric::WallTime))},
                     {QStringLiteral("cpu"), runValues(s.values(Metric::CpuTime))},
                     {QStringLiteral("mem"), runValues(s.values(Metric::PeakMemory))}}},
        {QStringLiteral("output"), QJsonObject{{QStringLiteral("stdout"), s.stdoutText},
                                               {QStringLiteral("stderr"), s.stderrText},
                                               {QStringLiteral("stdoutDropped"), s.stdoutDropped},
                                               {QStringLiteral("stderrDropped"), s.stderrDropped}}},
    };
    if (!s.stage.isEmpty())
        o.insert(QStringLiteral("stage"), s.stage);
    if (s.compile.performed)
        o.insert(QStringLiteral("compile"), compileToJson(s.compile));
    if (s.error)
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("kind"), s.error->kind},
                             {QStringLiteral("message"), s.error->message}});
    return o;
}

QJsonObject planToJson(const RunPlan &p)
{
    QJsonObject o{{QStringLiteral("mode"), p.mode == RunPlan::Mode::Fixed
                                               ? QStringLiteral("fixed")
                                               : QStringLiteral("adaptive")},
                  {QStringLiteral("runs"), p.runs},
                  {QStringLiteral("minRuns"), p.minRuns},
                  {QStringLiteral("maxRuns"), p.maxRuns},
                  {QStringLiteral("targetCiPercent"), p.targetCiPercent},
                  {QStringLiteral("timeBudgetS"), p.timeBudgetS},
                  {QStringLiteral("warmup"), p.warmup},
                  {QStringLiteral("timeoutS"), p.timeoutS},
                  {QStringLiteral("processLimit"), p.processLimit},
                  {QStringLiteral("sandbox"), p.sandbox},
                  {QStringLiteral("outputCapBytes"), p.outputCapBytes},
                  {QStringLiteral("checkOutputs"), p.checkOutputs},
                  {QStringLiteral("thresholdPercent"), p.thresholdPercent}};
    if (p.cpu >= 0)
        o.insert(QStringLiteral("cpu"), p.cpu);
    o.insert(QStringLiteral("memoryLimitMiB"),
             p.memoryLimitMiB > 0 ? QJsonValue(p.memoryLimitMiB) : QJsonValue());
    return o;
}

QJsonObject environmentToJson(const Environment &e)
{
    return {{QStringLiteral("cpuModel"), e.cpuModel},
            {QStringLiteral("cores"), e.cores},
            {QStringLiteral("os"), e.os},
            {QStringLiteral("kernel"), e.kernel},
            {QStringLiteral("arch"), e.arch},
            {QStringLiteral("hostname"), e.hostname},
            {QStringLiteral("appVersion"), e.appVersion},
            {QStringLiteral("qtVersion"), e.qtVersion},
            {QStringLiteral("memoryTotalKiB"), e.memoryTotalKiB}};
}

// A figure that could not be read is left out, not written as a guess.
QJsonObject conditionsToJson(const MeasurementConditions &c)
{
    QJsonObject o{{QStringLiteral("samples"), c.samples},
                  {QStringLiteral("windowMs"), c.windowMs},
                  {QStringLiteral("cpus"), c.cpus},
                  {QStringLiteral("frequencyReadable"), c.frequencyReadable}};
    const auto insert = [&o](const QString &key, const std::optional<double> &v) {
        if (v)
            o.insert(key, *v);
    };
    insert(QStringLiteral("loadAvgFirst"), c.loadAvgFirst);
    insert(QStringLiteral("loadAvgMax"), c.loadAvgMax);
    insert(QStringLiteral("busyCpuMs"), c.busyCpuMs);
    insert(QStringLiteral("ownCpuMs"), c.ownCpuMs);
    insert(QStringLiteral("frequencyMinMHz"), c.frequencyMinMHz);
    insert(QStringLiteral("frequencyMaxMHz"), c.frequencyMaxMHz);
    return o;
}

MeasurementConditions conditionsFrom(JsonReader r)
{
    MeasurementConditions c;
    c.samples = r.int32(QStringLiteral("samples"), false, 0, 0);
    c.windowMs = r.number(QStringLiteral("windowMs"), false, 0, 0);
    c.cpus = r.int32(QStringLiteral("cpus"), false, 0, 0);
    c.loadAvgFirst = r.optionalNumber(QStringLiteral("loadAvgFirst"));
    c.loadAvgMax = r.optionalNumber(QStringLiteral("loadAvgMax"));
    c.busyCpuMs = r.optionalNumber(QStringLiteral("busyCpuMs"));
    c.ownCpuMs = r.optionalNumber(QStringLiteral("ownCpuMs"));
    c.frequencyReadable = r.boolean(QStringLiteral("frequencyReadable"));
    c.frequencyMinMHz = r.optionalNumber(QStringLiteral("frequencyMinMHz"));
    c.frequencyMaxMHz = r.optionalNumber(QStringLiteral("frequencyMaxMHz"));
    return c;
}

RunRecord runFrom(JsonReader r)
{
    RunRecord run;
    run.index = r.int32(QStringLiteral("index"), true, 0, 0);
    run.warmup = r.boolean(QStringLiteral("warmup"));
    run.wallMs = r.number(QStringLiteral("wallMs"), true, 0, 0);
    run.userMs = r.number(QStringLiteral("userMs"), false, 0, 0);
    run.sysMs = r.number(QStringLiteral("sysMs"), false, 0, 0);
    if (!r.has(QStringLiteral("userMs")) && !r.has(QStringLiteral("sysMs")))
        run.userMs = r.number(QStringLiteral("cpuMs"), true, 0, 0); // only the sum was recorded
    run.memKiB = r.number(QStringLiteral("memKiB"), true, 0, 0);
    run.exitCode = r.int32(QStringLiteral("exitCode"));
    run.signal = r.int32(QStringLiteral("signal"), false, 0, 0);
    run.timedOut = r.boolean(QStringLiteral("timedOut"));
    run.voluntarySwitches = r.integer(QStringLiteral("voluntarySwitches"), false, 0, 0);
    run.involuntarySwitches = r.integer(QStringLiteral("involuntarySwitches"), false, 0, 0);
    run.minorFaults = r.integer(QStringLiteral("minorFaults"), false, 0, 0);
    run.majorFaults = r.integer(QStringLiteral("majorFaults"), false, 0, 0);
    return run;
}

Side sideFrom(JsonReader r)
{
    Side s;
    s.id = r.string(QStringLiteral("id"), false, 40);
    s.lang = r.string(QStringLiteral("lang"), true, 32);
    s.code = r.string(QStringLiteral("code"), true);
    s.status = sideStatusFromName(r.oneOf(QStringLiteral("status"), kStatuses))
                   .value_or(Side::Status::Running);
    s.stage = r.string(QStringLiteral("stage"));
    s.languageName = r.string(QStringLiteral("languageName"), false, 100);
    s.toolchain = r.string(QStringLiteral("toolchain"), false, 300);
    s.flags = r.stringList(QStringLiteral("flags"), 200);
    s.args = r.stringList(QStringLiteral("args"), 200);
    s.stdinText = r.string(QStringLiteral("stdin"));
    if (r.has(QStringLiteral("compile"))) {
        JsonReader c = r.object(QStringLiteral("compile"));
        s.compile.performed = true;
        s.compile.command = c.stringList(QStringLiteral("command"));
        s.compile.exitCode = c.int32(QStringLiteral("exitCode"));
        s.compile.durationMs = c.number(QStringLiteral("durationMs"), false, 0, 0);
        s.compile.output = c.string(QStringLiteral("output"));
        if (const auto diagnostics = c.array(QStringLiteral("diagnostics"), false, 1000)) {
            for (qsizetype i = 0; i < diagnostics->size(); ++i) {
                JsonReader d = c.element(QStringLiteral("diagnostics"), *diagnostics, i);
                Diagnostic diag;
                diag.file = d.string(QStringLiteral("file"));
                diag.line = d.int32(QStringLiteral("line"), false, 0, 0);
                diag.column = d.int32(QStringLiteral("column"), false, 0, 0);
                diag.severity = d.oneOf(
                    QStringLiteral("severity"),
                    {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")});
                if (diag.severity.isEmpty())
                    diag.severity = QStringLiteral("error");
                diag.message = d.string(QStringLiteral("message"), true);
                s.compile.diagnostics << diag;
            }
        }
    }
    if (const auto runs = r.array(QStringLiteral("runs"), false, kMaxRuns)) {
        s.runs.reserve(runs->size());
        for (qsizetype i = 0; i < runs->size() && r.ok(); ++i)
            s.runs << runFrom(r.element(QStringLiteral("runs"), *runs, i));
    }
    JsonReader out = r.object(QStringLiteral("output"));
    s.stdoutText = out.string(QStringLiteral("stdout"));
    s.stderrText = out.string(QStringLiteral("stderr"));
    s.stdoutDropped = out.integer(QStringLiteral("stdoutDropped"), false, 0, 0);
    s.stderrDropped = out.integer(QStringLiteral("stderrDropped"), false, 0, 0);
    if (r.has(QStringLiteral("error"))) {
        JsonReader e = r.object(QStringLiteral("error"));
        s.error = SideError{e.oneOf(QStringLiteral("kind"), kErrorKinds, true),
                            e.string(QStringLiteral("message"), true, 10000)};
    }
    return s;
}

RunPlan planFrom(JsonReader r)
{
    RunPlan p;
    p.mode = r.oneOf(QStringLiteral("mode"), {QStringLiteral("fixed"),
                                              QStringLiteral("adaptive")}) == QLatin1String("fixed")
                 ? RunPlan::Mode::Fixed
                 : RunPlan::Mode::Adaptive;
    p.runs = r.int32(QStringLiteral("runs"), false, p.runs, 0);
    p.minRuns = r.int32(QStringLiteral("minRuns"), false, p.minRuns, 0);
    p.maxRuns = r.int32(QStringLiteral("maxRuns"), false, p.maxRuns, 0);
    p.targetCiPercent = r.number(QStringLiteral("targetCiPercent"), false, p.targetCiPercent, 0);
    p.timeBudgetS = r.number(QStringLiteral("timeBudgetS"), false, p.timeBudgetS, 0);
    p.warmup = r.int32(QStringLiteral("warmup"), false, p.warmup, 0);
    p.timeoutS = r.number(QStringLiteral("timeoutS"), false, p.timeoutS, 0);
    p.memoryLimitMiB = r.number(QStringLiteral("memoryLimitMiB"), false, 0, 0);
    p.processLimit = r.int32(QStringLiteral("processLimit"), false, p.processLimit, 0);
    p.sandbox = r.boolean(QStringLiteral("sandbox"));
    p.outputCapBytes = r.integer(QStringLiteral("outputCapBytes"), false, p.outputCapBytes, 0);
    p.checkOutputs = r.boolean(QStringLiteral("checkOutputs"));
    if (r.has(QStringLiteral("cpu")))
        p.cpu = r.int32(QStringLiteral("cpu"), false, -1, 0);
    p.thresholdPercent = r.number(QStringLiteral("thresholdPercent"), false, p.thresholdPercent, 0);
    if (p.thresholdPercent > 100 && r.ok())
        r.fail(QStringLiteral("thresholdPercent"),
               Text::tr("a threshold above 100 % is not a practical difference (got %1)")
                   .arg(p.thresholdPercent));
    return p;
}

Environment environmentFrom(JsonReader r)
{
    Environment e;
    e.cpuModel = r.string(QStringLiteral("cpuModel"));
    e.cores = r.int32(QStringLiteral("cores"), false, 0, 0);
    e.os = r.string(QStringLiteral("os"));
    e.kernel = r.string(QStringLiteral("kernel"));
    e.arch = r.string(QStringLiteral("arch"));
    e.hostname = r.string(QStringLiteral("hostname"));
    e.appVersion = r.string(QStringLiteral("appVersion"));
    e.qtVersion = r.string(QStringLiteral("qtVersion"));
    e.memoryTotalKiB = r.number(QStringLiteral("memoryTotalKiB"), false, 0, 0);
    return e;
}

} // namespace

QJsonObject comparisonToJson(const Comparison &c)
{
    QJsonObject o{{QStringLiteral("schema"), QLatin1String(kComparisonSchema)},
                  {QStringLiteral("runId"), c.runId},
                  {QStringLiteral("status"), statusName(c.status)},
                  {QStringLiteral("startTime"), double(c.startTime)},
                  {QStringLiteral("codeRuns"), QJsonArray{sideToJson(c.a()), sideToJson(c.b())}},
                  {QStringLiteral("plan"), planToJson(c.plan)},
                  {QStringLiteral("sandboxed"), c.sandboxed},
                  {QStringLiteral("source"),
                   QJsonObject{{QStringLiteral("kind"), sourceKindName(c.sourceKind)},
                               {QStringLiteral("url"), c.sourceUrl}}}};
    if (c.finishTime > 0)
        o.insert(QStringLiteral("finishTime"), double(c.finishTime));
    if (!c.title.isEmpty())
        o.insert(QStringLiteral("title"), c.title);
    if (c.hasEnvironment)
        o.insert(QStringLiteral("environment"), environmentToJson(c.environment));
    if (c.outputsMatch)
        o.insert(QStringLiteral("outputsMatch"), *c.outputsMatch);
    if (c.conditions.samples > 0)
        o.insert(QStringLiteral("conditions"), conditionsToJson(c.conditions));
    return o;
}

std::optional<Comparison> comparisonFromJson(const QJsonObject &document, QString *error)
{
    QString problem;
    if (!document.contains(QStringLiteral("schema"))) {
        auto original = comparisonFromOriginal(document, &problem);
        if (error)
            *error = problem;
        return original;
    }
    JsonReader r(document, QString(), &problem);
    if (r.string(QStringLiteral("schema"), true) != QLatin1String(kComparisonSchema) && r.ok())
        r.fail(QStringLiteral("schema"),
               Text::tr("unsupported document version '%1' (this app reads %2)")
                   .arg(document.value(QStringLiteral("schema")).toString(),
                        QLatin1String(kComparisonSchema)));
    Comparison c;
    c.runId = r.string(QStringLiteral("runId"), true, 32);
    c.status = comparisonStatusFromName(r.oneOf(QStringLiteral("status"), kStatuses, true))
                   .value_or(Comparison::Status::Running);
    c.startTime = r.integer(QStringLiteral("startTime"), true, 0, 0);
    c.finishTime = r.integer(QStringLiteral("finishTime"), false, 0, 0);
    c.title = r.string(QStringLiteral("title"), false, 200);
    if (const auto runs = r.array(QStringLiteral("codeRuns"), true)) {
        if (runs->size() != 2)
            r.fail(QStringLiteral("codeRuns"),
                   Text::tr("expected exactly two entries (A and B), got %1").arg(runs->size()));
        for (qsizetype i = 0; i < 2 && r.ok(); ++i)
            c.sides[size_t(i)] = sideFrom(r.element(QStringLiteral("codeRuns"), *runs, i));
    }
    if (r.has(QStringLiteral("plan")))
        c.plan = planFrom(r.object(QStringLiteral("plan")));
    c.hasEnvironment = r.has(QStringLiteral("environment"));
    if (c.hasEnvironment)
        c.environment = environmentFrom(r.object(QStringLiteral("environment")));
    else
        c.missingFields << QStringLiteral("environment");
    c.sandboxed = r.boolean(QStringLiteral("sandboxed"));
    if (r.has(QStringLiteral("conditions")))
        c.conditions = conditionsFrom(r.object(QStringLiteral("conditions")));
    if (r.has(QStringLiteral("outputsMatch")))
        c.outputsMatch = r.boolean(QStringLiteral("outputsMatch"));
    JsonReader source = r.object(QStringLiteral("source"));
    const QString kind =
        source.oneOf(QStringLiteral("kind"), {QStringLiteral("local"), QStringLiteral("permalink"),
                                              QStringLiteral("original"), QStringLiteral("file")});
    c.sourceKind = sourceKindFromName(kind).value_or(Comparison::SourceKind::Local);
    c.sourceUrl = source.string(QStringLiteral("url"), false, 2048);
    if (!r.ok()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return c;
}

std::optional<Comparison> comparisonFromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = Text::tr("not valid JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = Text::tr("expected a JSON object at the top level");
        return std::nullopt;
    }
    return comparisonFromJson(doc.object(), error);
}

} // namespace fc
