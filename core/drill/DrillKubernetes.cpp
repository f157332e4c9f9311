#include "DrillKubernetes.h"

#include "DrillText.h"

#ifdef ETCD_DRILL_HAVE_KUBE
#include "ApiserverClient.h"
#include "KubernetesChecks.h"
#endif

namespace etcddrill {

DrillKubernetes::DrillKubernetes(const DrillConfig& config, QObject* parent) : QObject(parent)
{
#ifdef ETCD_DRILL_HAVE_KUBE
    if (!config.apiserver.isEmpty()) {
        m_client = ApiserverClient::fromConfig(config, &m_error);
        if (m_client)
            m_checks = new KubernetesChecks(m_client.get(), this);
    }
#else
    Q_UNUSED(config)
#endif
}

DrillKubernetes::~DrillKubernetes()
{
    shutDown();
}

bool DrillKubernetes::writePending() const
{
    return m_checks && !m_written;
}

void DrillKubernetes::write(std::function<void(const DrillCheck& check)> done)
{
    m_written = true;
#ifdef ETCD_DRILL_HAVE_KUBE
    m_checks->writeTest([done = std::move(done)](const KubeCheckResult& result) {
        done(DrillCheck::make(DrillStep::Id::VerifySurvivors,
                              DrillText::make(DrillCheck::kKubernetesWriteName), result.passed,
                              result.measured, result.expected, result.detail));
    });
#else
    Q_UNUSED(done)
#endif
}

void DrillKubernetes::shutDown()
{
    delete m_checks;
    m_checks = nullptr;
    m_client.reset();
}

} // namespace etcddrill
