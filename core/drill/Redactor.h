// Masks secrets in text that is about to be shown or written to the drill journal: command output (a fault
// command may cat a kubeconfig or print an error that quotes a token) and custom command lines. Masks PEM
// private-key blocks (also when the output cap cut one off), "Bearer"/"Basic" credentials, the values of
// keys that name a token, password, secret or private key ("token: …", "password=…", "client-key-data: …")
// and the password in URLs (https://user:pass@host). Errs on masking too much. Stateless, any thread.
#pragma once

#include <QString>

namespace etcddrill {

class Redactor
{
public:
    static constexpr char kMask[] = "[redacted]";

    static QString redact(const QString& text);
};

} // namespace etcddrill
