#include "ApiserverSectionParser.h"

namespace etcddrill {

using namespace std::chrono_literals;

namespace {

using Entry = ConfigYamlReader::Entry;
using Shape = ConfigYamlReader::Shape;
template <typename Target> using FieldSpec = ConfigYamlReader::FieldSpec<Target>;

constexpr FieldSpec<ConfigDraft> apiserverFields[] = {
    {"kubeconfig", Shape::Scalar, false, "the path of a kubeconfig file",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) { reader.readLocalPath(e, d.kubeconfig); }},
    {"context", Shape::Scalar, false, "the name of a context in the kubeconfig",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         if (const auto text = reader.readText(e))
             d.config.apiserver.context = *text;
     }},
    {"ca", Shape::Scalar, false, "the path of the apiserver's CA certificate (PEM)",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         reader.readLocalPath(e, d.apiserverCa);
     }},
    {"cert", Shape::Scalar, false, "the path of a client certificate (PEM)",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         reader.readLocalPath(e, d.apiserverCert);
     }},
    {"key", Shape::Scalar, false, "the path of the client certificate's private key (PEM)",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) {
         reader.readLocalPath(e, d.apiserverKey);
     }},
    {"token-file", Shape::Scalar, false, "the path of a file holding a bearer token",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft& d) { reader.readLocalPath(e, d.tokenFile); }},
    // A config file gets shared, copied into tickets and committed; a token in it would leak. The value is
    // never echoed.
    {"token", Shape::Scalar, false, "",
     [](ConfigYamlReader& reader, const Entry& e, ConfigDraft&) {
         reader.error(e.at,
                      QStringLiteral("%1: a token does not belong in the config file, which gets shared: put "
                                     "it in a file only you can read and name that file with token-file:")
                          .arg(e.path));
     },
     true},
};

} // namespace

void ApiserverSectionParser::read(ConfigYamlReader& reader, const ConfigYamlReader::Entry& entry,
                                  ConfigDraft& draft)
{
    reader.readMapping<ConfigDraft>(entry.value, entry.path, apiserverFields, draft);
    reader.checkCertificatePair(
        entry, draft.apiserverCert.has_value(), draft.apiserverKey.has_value(),
        QStringLiteral("give kubeconfig, or ca, cert and key or token-file, or remove it"));
    if (!draft.config.apiserver.context.isEmpty() && !draft.kubeconfig)
        reader.error(
            reader.placeOf(entry.path + QStringLiteral(".context")),
            QStringLiteral("%1.context needs %1.kubeconfig: add kubeconfig: with the file that has context "
                           "'%2', or remove context")
                .arg(entry.path, draft.config.apiserver.context));
}

} // namespace etcddrill
