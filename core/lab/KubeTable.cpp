#include "KubeTable.h"

#include <QStringList>

namespace etcddrill {

namespace {

struct Column
{
    QString name;
    QString type;     // "string", "integer", "date"
    int priority = 0; // 1: only with -o wide
};

QJsonObject metadataOf(const QJsonObject& object)
{
    return object.value(QStringLiteral("metadata")).toObject();
}

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QString conditionStatus(const QJsonObject& status, const QString& type)
{
    for (const QJsonValue& value : status.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (str(condition, "type") == type)
            return str(condition, "status");
    }
    return {};
}

QList<Column> columnsOf(const QString& resource)
{
    const Column name{QStringLiteral("Name"), QStringLiteral("string")};
    const Column age{QStringLiteral("Age"), QStringLiteral("date")};
    if (resource == QLatin1String("pods"))
        return {name,
                {QStringLiteral("Ready"), QStringLiteral("string")},
                {QStringLiteral("Status"), QStringLiteral("string")},
                {QStringLiteral("Restarts"), QStringLiteral("string")},
                age,
                {QStringLiteral("IP"), QStringLiteral("string"), 1},
                {QStringLiteral("Node"), QStringLiteral("string"), 1}};
    if (resource == QLatin1String("nodes"))
        return {name,
                {QStringLiteral("Status"), QStringLiteral("string")},
                {QStringLiteral("Roles"), QStringLiteral("string")},
                age,
                {QStringLiteral("Version"), QStringLiteral("string")},
                {QStringLiteral("Internal-IP"), QStringLiteral("string"), 1}};
    if (resource == QLatin1String("namespaces"))
        return {name, {QStringLiteral("Status"), QStringLiteral("string")}, age};
    if (resource == QLatin1String("configmaps"))
        return {name, {QStringLiteral("Data"), QStringLiteral("integer")}, age};
    if (resource == QLatin1String("endpoints"))
        return {name, {QStringLiteral("Endpoints"), QStringLiteral("string")}, age};
    if (resource == QLatin1String("componentstatuses"))
        return {name,
                {QStringLiteral("Status"), QStringLiteral("string")},
                {QStringLiteral("Message"), QStringLiteral("string")},
                {QStringLiteral("Error"), QStringLiteral("string")}};
    if (resource == QLatin1String("deployments"))
        return {name,
                {QStringLiteral("Ready"), QStringLiteral("string")},
                {QStringLiteral("Up-to-date"), QStringLiteral("integer")},
                {QStringLiteral("Available"), QStringLiteral("integer")},
                age};
    return {name, age};
}

// What kubectl shows in STATUS: a deleted pod is Terminating, a waiting or terminated container names why.
QString podStatus(const QJsonObject& pod)
{
    if (metadataOf(pod).contains(QStringLiteral("deletionTimestamp")))
        return QStringLiteral("Terminating");
    const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    for (const QJsonValue& value : status.value(QStringLiteral("containerStatuses")).toArray()) {
        const QJsonObject state = value.toObject().value(QStringLiteral("state")).toObject();
        for (const char* key : {"waiting", "terminated"}) {
            const QString reason = str(state.value(QLatin1String(key)).toObject(), "reason");
            if (!reason.isEmpty())
                return reason;
        }
    }
    const QString phase = str(status, "phase");
    return phase.isEmpty() ? QStringLiteral("Pending") : phase;
}

QJsonArray podCells(const QJsonObject& pod)
{
    const QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    const QJsonArray containers =
        pod.value(QStringLiteral("spec")).toObject().value(QStringLiteral("containers")).toArray();
    int ready = 0;
    int restarts = 0;
    for (const QJsonValue& value : status.value(QStringLiteral("containerStatuses")).toArray()) {
        ready += value.toObject().value(QStringLiteral("ready")).toBool() ? 1 : 0;
        restarts += value.toObject().value(QStringLiteral("restartCount")).toInt();
    }
    const QString ip = str(status, "podIP");
    const QString node = str(pod.value(QStringLiteral("spec")).toObject(), "nodeName");
    return QJsonArray{QStringLiteral("%1/%2").arg(ready).arg(containers.size()), podStatus(pod),
                      QString::number(restarts), ip.isEmpty() ? QStringLiteral("<none>") : ip,
                      node.isEmpty() ? QStringLiteral("<none>") : node};
}

QJsonArray nodeCells(const QJsonObject& node)
{
    const QJsonObject status = node.value(QStringLiteral("status")).toObject();
    const QString ready = conditionStatus(status, QStringLiteral("Ready"));
    QStringList roles;
    const QJsonObject labels = metadataOf(node).value(QStringLiteral("labels")).toObject();
    const QString rolePrefix = QStringLiteral("node-role.kubernetes.io/");
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key().startsWith(rolePrefix))
            roles << it.key().mid(rolePrefix.size());
    }
    QString internalIp = QStringLiteral("<none>");
    for (const QJsonValue& value : status.value(QStringLiteral("addresses")).toArray()) {
        if (str(value.toObject(), "type") == QLatin1String("InternalIP"))
            internalIp = str(value.toObject(), "address");
    }
    return QJsonArray{ready == QLatin1String("True")    ? QStringLiteral("Ready")
                      : ready == QLatin1String("False") ? QStringLiteral("NotReady")
                                                        : QStringLiteral("Unknown"),
                      roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(',')),
                      str(status.value(QStringLiteral("nodeInfo")).toObject(), "kubeletVersion"), internalIp};
}

QString endpointsCell(const QJsonObject& endpoints)
{
    QStringList addresses;
    for (const QJsonValue& value : endpoints.value(QStringLiteral("subsets")).toArray()) {
        const QJsonObject subset = value.toObject();
        for (const QJsonValue& address : subset.value(QStringLiteral("addresses")).toArray()) {
            for (const QJsonValue& port : subset.value(QStringLiteral("ports")).toArray())
                addresses << QStringLiteral("%1:%2")
                                 .arg(str(address.toObject(), "ip"))
                                 .arg(port.toObject().value(QStringLiteral("port")).toInt());
        }
    }
    return addresses.isEmpty() ? QStringLiteral("<none>") : addresses.join(QLatin1Char(','));
}

QJsonArray componentStatusCells(const QJsonObject& item)
{
    QString status = QStringLiteral("Unknown");
    QString message;
    QString error;
    for (const QJsonValue& value : item.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject condition = value.toObject();
        if (str(condition, "type") != QLatin1String("Healthy"))
            continue;
        status = str(condition, "status") == QLatin1String("True") ? QStringLiteral("Healthy")
                                                                   : QStringLiteral("Unhealthy");
        message = str(condition, "message");
        error = str(condition, "error");
    }
    return QJsonArray{status, message, error};
}

QJsonArray deploymentCells(const QJsonObject& deployment)
{
    const QJsonObject status = deployment.value(QStringLiteral("status")).toObject();
    const int wanted =
        deployment.value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(1);
    return QJsonArray{
        QStringLiteral("%1/%2").arg(status.value(QStringLiteral("readyReplicas")).toInt()).arg(wanted),
        status.value(QStringLiteral("updatedReplicas")).toInt(),
        status.value(QStringLiteral("availableReplicas")).toInt()};
}

QJsonArray cellsOf(const QString& resource, const QJsonObject& object, const QString& age)
{
    const QString name = str(metadataOf(object), "name");
    if (resource == QLatin1String("pods")) {
        const QJsonArray c = podCells(object);
        return QJsonArray{name, c.at(0), c.at(1), c.at(2), age, c.at(3), c.at(4)};
    }
    if (resource == QLatin1String("nodes")) {
        const QJsonArray c = nodeCells(object);
        return QJsonArray{name, c.at(0), c.at(1), age, c.at(2), c.at(3)};
    }
    if (resource == QLatin1String("namespaces")) {
        const QString phase = str(object.value(QStringLiteral("status")).toObject(), "phase");
        return QJsonArray{name, phase.isEmpty() ? QStringLiteral("Active") : phase, age};
    }
    if (resource == QLatin1String("configmaps"))
        return QJsonArray{name, object.value(QStringLiteral("data")).toObject().size(), age};
    if (resource == QLatin1String("endpoints"))
        return QJsonArray{name, endpointsCell(object), age};
    if (resource == QLatin1String("componentstatuses")) {
        const QJsonArray c = componentStatusCells(object);
        return QJsonArray{name, c.at(0), c.at(1), c.at(2)};
    }
    if (resource == QLatin1String("deployments")) {
        const QJsonArray c = deploymentCells(object);
        return QJsonArray{name, c.at(0), c.at(1), c.at(2), age};
    }
    return QJsonArray{name, age};
}

} // namespace

bool KubeTable::wanted(const QByteArray& acceptHeader)
{
    return acceptHeader.contains("as=Table");
}

QJsonObject KubeTable::fromItems(const KubeResource& resource, const QJsonArray& items,
                                 const QString& resourceVersion, const QDateTime& now)
{
    QJsonArray definitions;
    for (const Column& column : columnsOf(resource.name)) {
        QJsonObject definition{{QStringLiteral("name"), column.name},
                               {QStringLiteral("type"), column.type},
                               {QStringLiteral("format"),
                                column.name == QLatin1String("Name") ? QStringLiteral("name") : QString()},
                               {QStringLiteral("description"), QString()},
                               {QStringLiteral("priority"), column.priority}};
        definitions.append(definition);
    }
    QJsonArray rows;
    for (const QJsonValue& value : items) {
        const QJsonObject object = value.toObject();
        const QJsonObject metadata = metadataOf(object);
        const QDateTime created = QDateTime::fromString(str(metadata, "creationTimestamp"), Qt::ISODate);
        rows.append(QJsonObject{
            {QStringLiteral("cells"), cellsOf(resource.name, object, age(created, now))},
            {QStringLiteral("object"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("PartialObjectMetadata")},
                         {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                         {QStringLiteral("metadata"), metadata}}},
        });
    }
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("Table")},
        {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("resourceVersion"), resourceVersion}}},
        {QStringLiteral("columnDefinitions"), definitions},
        {QStringLiteral("rows"), rows}};
}

QString KubeTable::age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return QStringLiteral("<unknown>");
    const qint64 s = std::max<qint64>(0, since.secsTo(now));
    const qint64 m = s / 60;
    const qint64 h = s / 3600;
    const qint64 d = s / 86400;
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (m < 10)
        return s % 60 ? QStringLiteral("%1m%2s").arg(m).arg(s % 60) : QStringLiteral("%1m").arg(m);
    if (m < 180)
        return QStringLiteral("%1m").arg(m);
    if (h < 8)
        return m % 60 ? QStringLiteral("%1h%2m").arg(h).arg(m % 60) : QStringLiteral("%1h").arg(h);
    if (h < 48)
        return QStringLiteral("%1h").arg(h);
    if (d < 8)
        return h % 24 ? QStringLiteral("%1d%2h").arg(d).arg(h % 24) : QStringLiteral("%1d").arg(d);
    return QStringLiteral("%1d").arg(d);
}

} // namespace etcddrill
