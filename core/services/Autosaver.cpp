#include "Autosaver.h"

namespace finalist {

Autosaver::Autosaver(SaveFunction save, QObject* parent)
    : QObject(parent)
    , m_save(std::move(save))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(700); // well inside the promised second, yet not a write per keystroke
    m_retry.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &Autosaver::flush);
    connect(&m_retry, &QTimer::timeout, this, &Autosaver::flush);
}

void Autosaver::markChanged()
{
    if (m_state != State::Failed)
        setState(State::Pending);
    m_delay.start();
}

bool Autosaver::flush()
{
    m_delay.stop();
    if (m_state == State::Saved)
        return true;
    m_retry.stop();
    setState(State::Saving);
    const Status result = m_save();
    if (!result) {
        m_lastError = result.error().message;
        setState(State::Failed);
        emit saveFailed(m_lastError);
        scheduleRetry();
        return false;
    }
    m_failures = 0;
    m_lastError.clear();
    setState(State::Saved);
    emit saved();
    return true;
}

void Autosaver::discard()
{
    m_delay.stop();
    m_retry.stop();
    m_failures = 0;
    m_lastError.clear();
    setState(State::Saved);
}

void Autosaver::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Autosaver::scheduleRetry()
{
    const int index = std::min<int>(m_failures, m_retryDelays.size() - 1);
    ++m_failures;
    if (index >= 0)
        m_retry.start(m_retryDelays.at(index));
}

} // namespace finalist
