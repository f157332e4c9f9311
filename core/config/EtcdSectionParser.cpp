#include "EtcdSectionParser.h"

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;

constexpr FieldSpec<ConfigDraft> tlsFields[] = {
    {"ca", Shape::Scalar, false, "the path of the CA certificate (PEM)",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) { reader.readLocalPath(e, d.ca); }},
    {"cert", Shape::Scalar, false, "the path of the client certificate (PEM)",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) { reader.readLocalPath(e, d.cert); }},
    {"key", Shape::Scalar, false, "the path of the client certificate's private key (PEM)",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) { reader.readLocalPath(e, d.key); }},
};

void readTls(ConfigYamlReader& reader, const Entry& entry, ConfigDraft& draft)
{
    draft.tlsWritten = true;
    reader.readMapping<ConfigDraft>(entry.value, entry.path, tlsFields, draft);
    reader.checkCertificatePair(
        entry, draft.cert.has_value(), draft.key.has_value(),
        QStringLiteral("give ca, cert and key, or remove it to use ETCDCTL_* or the kubeadm defaults"));
}

constexpr FieldSpec<ConfigDraft> etcdFields[] = {
    {"tls", Shape::Mapping, false, "a mapping with ca, cert and key", readTls},
    {"timeout", Shape::Scalar, false, "a duration like 500ms",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         // A longer deadline than a minute would hide an outage instead of measuring it.
         if (const auto v = reader.readDuration(e, 1ms, 60s, QStringLiteral("more than 0 and at most 60s")))
             d.config.etcd.requestTimeout = *v;
     }},
    {"poll-interval", Shape::Scalar, false, "a duration like 500ms",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         // Below 50ms the monitor would load etcd more than the drill it measures.
         if (const auto v = reader.readDuration(e, 50ms, 60s, QStringLiteral("between 50ms and 60s")))
             d.config.etcd.pollInterval = *v;
     }},
    {"write-check", Shape::Scalar, false, "true or false",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto v = reader.readBool(e))
             d.config.etcd.writeCheck = *v;
     }},
    {"write-prefix", Shape::Scalar, false, "a key prefix like /etcd-drill/",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         const auto text = reader.readText(e);
         if (!text)
             return;
         if (!text->startsWith(u'/')) {
             reader.error(
                 e.at,
                 QStringLiteral("%1 must start with '/', e.g. /etcd-drill/, not '%2'").arg(e.path, *text));
             return;
         }
         d.config.etcd.writePrefix = *text;
     }},
};

} // namespace

void EtcdSectionParser::read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry,
                             ConfigDraft& draft)
{
    reader.readMapping<ConfigDraft>(entry.value, entry.path, etcdFields, draft);
}

} // namespace etcddrill
