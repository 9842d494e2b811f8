#include "BuiltinTemplateHistory.h"

#include <QCryptographicHash>

namespace finalist::builtinTemplateHistory {

namespace {

struct Shipped
{
    const char* key;
    const char* sha256; // fingerprint(), in lower-case hex
};

// The built-in texts Finalist shipped up to schema 8 (before the notes were signed from the
// user's profile and mentioned the wizard's topic), in their source language. When a shipped
// text changes again, add the fingerprint of the text being replaced here: a key may appear
// any number of times. Never remove a line.
const Shipped kShipped[] = {
    { "thank_you.email.warm", "df2e574ca292df13db82ff0194a3cb3dc9ec102b8765f4d27852275416a65145" },
    { "thank_you.email.formal",
      "4f0e76e758249d865c096b30862995f464f016d0cf9d8468a457e6621da73bb4" },
    { "thank_you.email.brief", "9c051f6268b83b1f814d7a7999e34bab73a0f9559d3076dc0ae49c414e539d32" },
    { "rejection_reply.email.warm",
      "05fe8283aa517dddcf0cad38b518621341150ece9a6f9d48f3516596a246ea68" },
    { "rejection_reply.email.formal",
      "b9a5bd1febfdf559a64ffe2f4d7af9db9e8ac08bc33caf25bdf882395d4a4d6a" },
    { "rejection_reply.email.brief",
      "26f3f017f89acb053538581b3fe4ba959d7b7550d011ed8a4dcb88bc58ea0661" },
    { "feedback_request.email.warm",
      "9582fcef925203effd82aea4b9203357b8942ce2374a7f492618f62f782205b0" },
    { "feedback_request.email.formal",
      "baa3320d60db614af8bf911e5c0f78a58a0947069f23b3da8e76a60651f2e440" },
    { "feedback_request.email.brief",
      "25670ff431e11560e9d9f9cbaa680b2331fe379bdd330c39cc2403115285796f" },
    { "stay_on_radar.email.warm",
      "cda62cce9668e8bc67c1253592b2300dfc4e81bc84f145c0923e171468c89d13" },
    { "stay_on_radar.email.formal",
      "0ec7989a29fe78f81763326e35b4dfbe91f59a0395ef635dfe67292853d444f2" },
    { "stay_on_radar.email.brief",
      "cd98c3247f3694396da3c92bdae528e39492763145448c1c1c580e03e043af54" },
    { "check_in.email.warm", "04f6d4849e2e7af2719800689f6f4aec3c384960da6bea9604b31357a5a177ec" },
    { "check_in.email.formal", "681ef37593a68e74741e6bf0c65c317b385d53c11790f1324b73f016fd044c05" },
    { "check_in.email.brief", "b78edf98d359a12a4e662ea2ef98cc38bc709a703a606eb5e73c2b8cad72a2c8" },
    { "linkedin_invitation.linkedin.warm",
      "198533364f750084dcbaf300b2ed66e0ddcd7caef7afb4646d5d85e24bccd985" },
    { "linkedin_invitation.linkedin.formal",
      "8a6d40b1be024938c1e359dbed753874c7da1918b25c66a38a8b9ba3300ed22c" },
    { "linkedin_invitation.linkedin.brief",
      "b544657baae8932ad750a30315bd5a856e855581fbbaefdff6f9adcd0829aef9" },
    { "letter.phone_script.warm",
      "21ad80bb26c01d0588bdbf1fcd686f6604d05b95097f71ab19098af4e3c212a5" },
    { "letter.phone_script.formal",
      "39e212088f70b1acbf1ebf39ffdc1c7c532c8d4a6ede93d07f3d169db34792c6" },
    { "letter.phone_script.brief",
      "523cc3c923283437cf34657be3656be54296ed3a20481e80efdb63dc32367a24" },
    { "letter.card.warm", "c91cc5d96ba8ca7643dab9abf4e741866fc4fe034dc091d1a6b966d012d5f766" },
    { "letter.card.formal", "a0dca1290f79b9d12b0b906d5065761e312a3b42e796e19a829cb47f126ef513" },
    { "letter.card.brief", "4a88019c6358d9221a4d41f18dcb27144af4ceccc9b5adb090ad6dd0d0afc45e" },
};

} // namespace

QByteArray fingerprint(const QString& subject, const QString& body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(subject.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(body.toUtf8());
    return hash.result();
}

bool wasShipped(const QString& builtinKey, const QString& subject, const QString& body)
{
    QByteArray hex;
    for (const Shipped& shipped : kShipped) {
        if (builtinKey != QLatin1String(shipped.key))
            continue;
        if (hex.isEmpty())
            hex = fingerprint(subject, body).toHex();
        if (hex == shipped.sha256)
            return true;
    }
    return false;
}

} // namespace finalist::builtinTemplateHistory
