import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http.js';
import type { Counterpart, MessageView } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';
import { Failure } from '../components/Failure.js';
import { useAction } from '../components/useAction.js';
import { localize, messageText } from '../i18n/localize.js';
import { formatTime } from '../lib/formatTime.js';
import { simIso } from '../lib/simClock.js';
import { useResource } from '../lib/useResource.js';
import { useLive } from '../live/useLive.js';

/**
 * Injects and messages of one team with its counterparts; compose and reply. Used by
 * trainees (their team) and by the instructor's chat (any team, writing as a counterpart).
 */
export function MessageCentre({
  teamId,
  asStaff,
}: {
  readonly teamId: string;
  readonly asStaff: boolean;
}) {
  const { t } = useTranslation();
  const { exercise, resync, timeZone, language } = useSession();
  const messages = useResource(
    () => api.get<MessageView[]>(`/api/teams/${teamId}/messages`),
    [teamId, resync],
  );
  const parties = useResource(
    () => api.get<Counterpart[]>(`/api/teams/${teamId}/counterparts`),
    [teamId],
  );
  const [openId, setOpenId] = useState<string>();
  const [to, setTo] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const send = useAction();
  useLive(`team:${teamId}`, (f) => {
    if (f.type === 'message')
      messages.set((old) =>
        old?.some((m) => m.id === f.message.id) ? old : [...(old ?? []), f.message],
      );
  });
  const list = [...(messages.data ?? [])].sort((a, b) => b.simTime - a.simTime);
  const open = list.find((m) => m.id === openId);
  const who = (id: string) => {
    const p = parties.data?.find((c) => c.id === id);
    return p ? `${localize(p.name, language)} (${localize(p.organisation, language)})` : id;
  };
  const when = (s: number) =>
    exercise ? formatTime(simIso(exercise.start, s), timeZone, language) : '';

  const submit = () =>
    void send.run(async () => {
      const written = await api.post<MessageView[]>(`/api/teams/${teamId}/messages`, {
        counterpart: to,
        subject,
        body,
      });
      messages.set((old) => [
        ...(old ?? []),
        ...written.filter((w) => !old?.some((m) => m.id === w.id)),
      ]);
      setSubject('');
      setBody('');
    });

  return (
    <div className="split">
      <section aria-labelledby="h-msgs">
        <h2 id="h-msgs">{t('inbox.messages', { count: list.length })}</h2>
        <Failure error={messages.error} retry={messages.reload} />
        {list.length === 0 && <p className="muted">{t('inbox.empty')}</p>}
        <ul className="list" aria-live="polite">
          {list.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link"
                aria-current={m.id === openId ? 'true' : undefined}
                onClick={() => setOpenId(m.id)}
                style={{ textAlign: 'left' }}
              >
                {m.kind === 'inject' && (
                  <span className={`badge sev-${m.severity ?? 'info'}`}>{t('inbox.inject')}</span>
                )}{' '}
                {m.kind === 'team'
                  ? t('inbox.sentTo', { to: who(m.counterpart) })
                  : who(m.counterpart)}{' '}
                — <strong>{messageText(m, language).subject}</strong>
              </button>
              <div className="muted" style={{ fontSize: 12 }}>
                {when(m.simTime)}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <div>
        {open && (
          <article className="card" aria-labelledby="h-open">
            <h2 id="h-open">{messageText(open, language).subject}</h2>
            <p className="muted">
              {open.kind === 'team'
                ? t('inbox.sentTo', { to: who(open.counterpart) })
                : t('inbox.from', { from: who(open.counterpart) })}{' '}
              · {when(open.simTime)}
            </p>
            <div className="message-body">{messageText(open, language).body}</div>
            <button
              type="button"
              style={{ marginTop: 8 }}
              onClick={() => {
                setTo(open.counterpart);
                const shown = messageText(open, language).subject;
                setSubject(shown.startsWith('Re: ') ? shown : `Re: ${shown}`);
                document.getElementById('compose-body')?.focus();
              }}
            >
              {t('inbox.reply')}
            </button>
          </article>
        )}
        <form
          className="card"
          style={{ marginTop: 12 }}
          aria-labelledby="h-compose"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <h2 id="h-compose">{asStaff ? t('chat.writeAs') : t('inbox.compose')}</h2>
          <label>
            {asStaff ? t('chat.as') : t('inbox.to')}
            <select
              aria-label={asStaff ? t('chat.as') : t('inbox.to')}
              value={to}
              onChange={(e) => setTo(e.target.value)}
              required
            >
              <option value="">{t('inbox.choose')}</option>
              {parties.data?.map((p) => (
                <option key={p.id} value={p.id}>
                  {who(p.id)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('inbox.subject')}
            <input
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              required
              maxLength={200}
            />
          </label>
          <label>
            {t('inbox.body')}
            <textarea
              id="compose-body"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              required
              maxLength={20000}
            />
          </label>
          <Failure error={send.error} />
          <button type="submit" className="primary" disabled={send.busy || !to}>
            {t('inbox.send')}
          </button>
        </form>
      </div>
    </div>
  );
}

/** The trainee's inbox. */
export function Inbox() {
  const { t } = useTranslation();
  const { teamId } = useSession();
  if (!teamId) return null;
  return (
    <div>
      <h1>{t('nav.inbox')}</h1>
      <MessageCentre teamId={teamId} asStaff={false} />
    </div>
  );
}
