// etcd-drill-iconrender: a build-time helper, never installed. Renders the one SVG icon into the PNG sizes
// the freedesktop hicolor theme expects, so the repository keeps only the SVG and no binary copies of it.
//   etcd-drill-iconrender <icon.svg> <out.png> <size>
// Runs once per size from packaging/Packaging.cmake; single-threaded, no event loop.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char** argv)
{
    // The icon holds only shapes, but QPainter's text and font paths need a QGuiApplication; the offscreen
    // platform keeps the build free of any display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(3).toInt(&sizeOk) : 0;
    if (!sizeOk || size < 1 || size > 1024) {
        err << "usage: etcd-drill-iconrender <icon.svg> <out.png> <size 1..1024>\n";
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "etcd-drill-iconrender: " << args.at(1) << " is not a readable SVG file\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
    }
    if (!image.save(args.at(2), "PNG")) {
        err << "etcd-drill-iconrender: cannot write " << args.at(2) << "\n";
        return 1;
    }
    return 0;
}
