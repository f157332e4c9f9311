#include "StaticPodManifest.h"

#include <QFile>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace etcddrill {

namespace {

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

QString lineOf(const YAML::Node& node)
{
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? QStringLiteral(":%1").arg(mark.line + 1) : QString();
}

} // namespace

std::optional<StaticPodManifest> StaticPodManifest::load(const QString& file, QString* error)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("cannot read %1: %2").arg(file, input.errorString()));
        return std::nullopt;
    }
    return parse(input.readAll(), file, error);
}

std::optional<StaticPodManifest> StaticPodManifest::parse(const QByteArray& yaml, const QString& fileName,
                                                          QString* error)
{
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsMap()) {
            setError(error, QStringLiteral("%1: not a Pod manifest (expected a YAML mapping)").arg(fileName));
            return std::nullopt;
        }
        if (!root["kind"] || root["kind"].as<std::string>() != "Pod") {
            setError(error, QStringLiteral("%1%2: kind must be Pod")
                                .arg(fileName, lineOf(root["kind"] ? root["kind"] : root)));
            return std::nullopt;
        }
        StaticPodManifest manifest;
        if (const YAML::Node metadata = root["metadata"]; metadata && metadata.IsMap()) {
            if (metadata["name"])
                manifest.podName = fromStd(metadata["name"].as<std::string>());
            if (metadata["namespace"])
                manifest.podNamespace = fromStd(metadata["namespace"].as<std::string>());
            if (const YAML::Node labels = metadata["labels"]; labels && labels.IsMap()) {
                for (const auto& entry : labels)
                    manifest.labels.insert(fromStd(entry.first.as<std::string>()),
                                           fromStd(entry.second.as<std::string>()));
            }
        }
        const YAML::Node containers = root["spec"] ? root["spec"]["containers"] : YAML::Node();
        if (!containers || !containers.IsSequence() || containers.size() == 0) {
            setError(error, QStringLiteral("%1: spec.containers must list one container").arg(fileName));
            return std::nullopt;
        }
        const YAML::Node container = containers[0];
        if (container["name"])
            manifest.containerName = fromStd(container["name"].as<std::string>());
        const YAML::Node command = container["command"];
        if (!command || !command.IsSequence() || command.size() == 0) {
            setError(error, QStringLiteral("%1%2: spec.containers[0].command must be a non-empty list")
                                .arg(fileName, lineOf(command ? command : container)));
            return std::nullopt;
        }
        for (const auto& argument : command) {
            if (!argument.IsScalar()) {
                setError(error, QStringLiteral("%1%2: every command argument must be a string")
                                    .arg(fileName, lineOf(argument)));
                return std::nullopt;
            }
            manifest.command << fromStd(argument.as<std::string>());
        }
        return manifest;
    } catch (const YAML::Exception& e) {
        const QString where = e.mark.line >= 0 ? QStringLiteral(":%1").arg(e.mark.line + 1) : QString();
        setError(error, QStringLiteral("%1%2: %3").arg(fileName, where, fromStd(e.msg)));
        return std::nullopt;
    }
}

QByteArray StaticPodManifest::toYaml() const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << "v1";
    out << YAML::Key << "kind" << YAML::Value << "Pod";
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << toStd(podName);
    out << YAML::Key << "namespace" << YAML::Value << toStd(podNamespace);
    if (!labels.isEmpty()) {
        out << YAML::Key << "labels" << YAML::Value << YAML::BeginMap;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it)
            out << YAML::Key << toStd(it.key()) << YAML::Value << toStd(it.value());
        out << YAML::EndMap;
    }
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    // Static control-plane pods run in the host's network namespace; the lab's processes do the same.
    out << YAML::Key << "hostNetwork" << YAML::Value << true;
    out << YAML::Key << "containers" << YAML::Value << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "name" << YAML::Value << toStd(containerName);
    out << YAML::Key << "command" << YAML::Value << YAML::BeginSeq;
    for (const QString& argument : command)
        out << toStd(argument);
    out << YAML::EndSeq;
    out << YAML::EndMap << YAML::EndSeq;
    out << YAML::EndMap;
    out << YAML::EndMap;
    QByteArray result(out.c_str(), int(out.size()));
    result.append('\n');
    return result;
}

bool StaticPodManifest::save(const QString& file, QString* error) const
{
    QSaveFile output(file);
    const QByteArray data = toYaml();
    if (!output.open(QIODevice::WriteOnly) || output.write(data) != data.size() || !output.commit()) {
        setError(error, QStringLiteral("cannot write %1: %2").arg(file, output.errorString()));
        return false;
    }
    return true;
}

} // namespace etcddrill
