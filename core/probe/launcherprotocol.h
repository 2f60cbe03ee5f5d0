// The one parser of the launcher's protocol (launcher/protocol.h writes it; docs/measurement.md
// describes it), for every OS. Robust to partial lines and garbage: it never trusts its input.
#pragma once

#include "probe/proberesult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace fc {

// One record: `KIND key=value ...`.
struct LauncherRecord
{
    QByteArray kind;
    QList<std::pair<QByteArray, QByteArray>> fields; // values unescaped

    bool has(QByteArrayView key) const;
    QByteArray value(QByteArrayView key) const;
};

class LauncherProtocolParser
{
public:
    static constexpr int kSupportedVersion = 1;
    static constexpr qsizetype kMaxLineBytes = 64 * 1024;

    // Parses one line (without its newline). Returns nothing and explains why on a malformed one.
    static std::optional<LauncherRecord> parseLine(QByteArrayView line, QString *error);

    // Feeds bytes as they arrive, in chunks of any size; complete lines are handled at once.
    void feed(QByteArrayView bytes);
    // End of stream: a last line without its newline is handled, and noted.
    void finish();

    QList<ProbeSample> takeSamples();
    // A `result` or `error` record was seen.
    bool hasOutcome() const { return m_hasOutcome; }
    // What has been reported so far; Failed with errorCode "protocol" when the stream was unusable.
    ProbeResult result() const;
    // Everything that was wrong with the stream, as "line N: ..." texts.
    QStringList problems() const { return m_problems; }
    int version() const { return m_version; }

private:
    void handleLine(QByteArrayView line);
    void handleRecord(const LauncherRecord &record);
    void applyResult(const LauncherRecord &record);
    void problem(const QString &text);

    QByteArray m_pending;
    bool m_discarding = false; // inside an over-long line
    int m_lineNumber = 0;
    int m_version = 0;
    bool m_hasOutcome = false;
    ProbeResult m_result;
    QList<ProbeSample> m_samples;
    QStringList m_problems;
};

} // namespace fc
