// Build-time tool: the app's icon in every form the platforms want, rendered from its SVG.
//   fastercodes-rendericon png ICON.svg OUTDIR SIZE...  OUTDIR/SIZExSIZE.png (Linux hicolor sizes)
//   fastercodes-rendericon ico ICON.svg OUT.ico          Windows: 16 to 256 px in one file
//   fastercodes-rendericon icns ICON.svg OUT.icns        macOS: 16 to 1024 px in one file
// Both containers hold PNG images, which every Windows since Vista and every macOS since 10.7 read.

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>
#include <QtEndian>
#include <utility>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

template<typename T> void appendBig(QByteArray &out, T value)
{
    value = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

template<typename T> void appendLittle(QByteArray &out, T value)
{
    value = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&value), sizeof value);
}

// ICONDIR, one ICONDIRENTRY per size (a 0 width or height means 256), then the PNGs.
QByteArray ico(QSvgRenderer &svg)
{
    const std::vector<int> sizes{16, 24, 32, 48, 64, 128, 256};
    std::vector<QByteArray> images;
    for (int size : sizes)
        images.push_back(renderPng(svg, size));
    QByteArray out;
    appendLittle<quint16>(out, 0);
    appendLittle<quint16>(out, 1);
    appendLittle<quint16>(out, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    for (size_t i = 0; i < sizes.size(); ++i) {
        const auto side = quint8(sizes[i] >= 256 ? 0 : sizes[i]);
        out.append(char(side)).append(char(side)).append(char(0)).append(char(0));
        appendLittle<quint16>(out, 1);  // colour planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(images[i].size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray &image : images)
        out.append(image);
    return out;
}

// 'icns' and the total length, then per image its OSType, its length (header included), its PNG.
QByteArray icns(QSvgRenderer &svg)
{
    const std::vector<std::pair<const char *, int>> types{
        {"icp4", 16},   {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto &[type, size] : types) {
        const QByteArray png = renderPng(svg, size);
        body.append(type, 4);
        appendBig<quint32>(body, quint32(8 + png.size()));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(8 + body.size()));
    return out + body;
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

int main(int argc, char **argv)
{
    // No display is needed (or available in a build): the offscreen platform renders to memory.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    const QString mode = args.value(1);
    if (args.size() < 4 || (mode != u"png" && mode != u"ico" && mode != u"icns")) {
        err << "usage: fastercodes-rendericon png ICON.svg OUTDIR SIZE... | ico ICON.svg OUT.ico"
               " | icns ICON.svg OUT.icns\n";
        return 2;
    }
    QSvgRenderer svg(args.at(2));
    if (!svg.isValid()) {
        err << "cannot read " << args.at(2) << '\n';
        return 1;
    }
    if (mode != u"png") {
        const QByteArray data = mode == u"ico" ? ico(svg) : icns(svg);
        if (!write(args.at(3), data)) {
            err << "cannot write " << args.at(3) << '\n';
            return 1;
        }
        return 0;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "not a size: " << args.at(i) << '\n';
            return 2;
        }
        const QString out = QStringLiteral("%1/%2x%2.png").arg(args.at(3)).arg(size);
        if (!write(out, renderPng(svg, size))) {
            err << "cannot write " << out << '\n';
            return 1;
        }
    }
    return 0;
}
