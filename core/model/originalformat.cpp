#include "originalformat.h"

#include "comparisonnames.h"
#include "jsonreader.h"

#include <QCoreApplication>

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
const QStringList kStages{QStringLiteral("Draft"),          QStringLiteral("Submitted"),
                          QStringLiteral("Compiling"),      QStringLiteral("Compiled_Success"),
                          QStringLiteral("Compile_Failed"), QStringLiteral("Running"),
                          QStringLiteral("Run_Success"),    QStringLiteral("Run_Failed"),
                          QStringLiteral("Unknown_Failed")};

QList<double> valuesOf(JsonReader stats, const QString &metric)
{
    QList<double> out;
    JsonReader m = stats.object(metric);
    const auto values = m.array(QStringLiteral("values"), false, 10000);
    if (!values)
        return out;
    for (qsizetype i = 0; i < values->size(); ++i) {
        if (!values->at(i).isDouble()) {
            m.fail(QStringLiteral("values[%1]").arg(i), Text::tr("expected a number"));
            return {};
        }
        out << values->at(i).toDouble();
    }
    return out;
}

Side sideFromOriginal(JsonReader r, QStringList *missing)
{
    Side s;
    s.id = r.string(QStringLiteral("id"), false, 40);
    s.lang = r.string(QStringLiteral("lang"), true, 32).toLower();
    const QString encoded = r.string(QStringLiteral("code"), true);
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        r.fail(QStringLiteral("code"),
               Text::tr("not valid base64 (the original format encodes code in base64)"));
    s.code = QString::fromUtf8(*decoded);
    // The original format knows only finished sides.
    s.status =
        sideStatusFromName(r.oneOf(QStringLiteral("status"), {statusName(Side::Status::Success),
                                                              statusName(Side::Status::Failed)}))
            .value_or(Side::Status::Running);
    s.stage = r.oneOf(QStringLiteral("stage"), kStages);

    JsonReader stats = r.object(QStringLiteral("stats"));
    const QList<double> wall = valuesOf(stats, QStringLiteral("duration"));
    const QList<double> cpu = valuesOf(stats, QStringLiteral("cpu"));
    const QList<double> mem = valuesOf(stats, QStringLiteral("mem"));
    const qsizetype n = std::max({wall.size(), cpu.size(), mem.size()});
    for (qsizetype i = 0; i < n; ++i) {
        RunRecord run;
        run.index = int(i);
        run.wallMs = wall.value(i);
        run.userMs = cpu.value(i); // the original recorded only user+system together
        run.memKiB = mem.value(i);
        s.runs << run;
    }
    if (n > 0 && (wall.size() != n || cpu.size() != n || mem.size() != n))
        missing->append(Text::tr("%1: some per-run values").arg(s.id.isEmpty() ? s.lang : s.id));
    if (s.status == Side::Status::Failed)
        s.error = SideError{
            QStringLiteral("exit"),
            Text::tr("The original service reported a failure (stage %1) without a reason.")
                .arg(s.stage.isEmpty() ? QStringLiteral("unknown") : s.stage)};
    return s;
}

} // namespace

std::optional<Comparison> comparisonFromOriginal(const QJsonObject &document, QString *error)
{
    QString problem;
    JsonReader r(document, QString(), &problem);
    Comparison c;
    c.sourceKind = Comparison::SourceKind::Original;
    c.hasEnvironment = false;
    c.runId = r.string(QStringLiteral("runId"), true, 32);
    c.status = comparisonStatusFromName(r.oneOf(QStringLiteral("status"), kStatuses))
                   .value_or(Comparison::Status::Running);
    c.startTime = r.integer(QStringLiteral("startTime"), false, 0, 0);
    c.plan.mode = RunPlan::Mode::Fixed;
    c.plan.warmup = 0; // the original had none
    c.plan.timeoutS = 30;
    if (const auto runs = r.array(QStringLiteral("codeRuns"), true)) {
        if (runs->size() != 2)
            r.fail(QStringLiteral("codeRuns"),
                   Text::tr("expected exactly two entries (A and B), got %1").arg(runs->size()));
        for (qsizetype i = 0; i < 2 && r.ok(); ++i)
            c.sides[size_t(i)] =
                sideFromOriginal(r.element(QStringLiteral("codeRuns"), *runs, i), &c.missingFields);
    }
    c.plan.runs = int(c.a().runs.size());
    c.missingFields << QStringLiteral("environment") << QStringLiteral("compile results")
                    << QStringLiteral("program output") << QStringLiteral("user/system CPU split")
                    << QStringLiteral("exit codes");
    if (!r.ok()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return c;
}

} // namespace fc
