import { useState } from 'react';
import { ExplorerAcceptSuggestionDocument, ExplorerRejectSuggestionDocument, ExplorerSuggestionsDocument, type ExplorerSuggestionsQuery } from '../../../client/generated/graphql';
import { apiKey, request, setApiKey } from '../api';
import { useT } from '../i18n';
import { BasisBadge, EvidenceView, KindBadge, Link, nodeHref, Status, useQuery } from '../ui';

type Suggestion = ExplorerSuggestionsQuery['alignmentSuggestions']['nodes'][number];
type End = Suggestion['from'];

const endLabel = (end: End) => ('title' in end ? `${end.plan?.id ?? ''} ${end.code ?? ''} · ${end.title}` : end.id);

/**
 * The alignments PlanGraph suggests for an objective or action: each with its score, its
 * evidence (in words and as the graph's links, with their basis), and, for a reviewer with an
 * API key, accept and reject. Suggestions are marked SUGGESTED, never as stated or curated.
 */
export function SuggestionsPanel({ item }: { item: string }) {
  const t = useT();
  const state = useQuery(ExplorerSuggestionsDocument, { item });
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [key, setKey] = useState(apiKey());
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const list = (state.data?.alignmentSuggestions.nodes ?? []).filter((s) => !decided.has(s.id));

  async function decide(s: Suggestion, accept: boolean) {
    const text = (notes[s.id] ?? '').trim();
    setMessage(null);
    try {
      setApiKey(key);
      if (accept) await request(ExplorerAcceptSuggestionDocument, { id: s.id, version: s.version, rationale: text });
      else await request(ExplorerRejectSuggestionDocument, { id: s.id, version: s.version, reason: text });
      setMessage({ text: `${accept ? t('accepted') : t('rejected')}: ${endLabel(s.from)} — ${endLabel(s.to)}`, error: false });
      setDecided(new Set([...decided, s.id]));
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  }

  return (
    <section aria-labelledby="suggested" className="suggested-alignments">
      <h2 id="suggested">{t('reviewSuggestions')} <BasisBadge basis="SUGGESTED" /></h2>
      <Status state={state} />
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'note'}>{message.text}</p>}
      {state.data && list.length === 0 && <p>{t('noSuggestions')}</p>}
      {list.length > 0 && (
        <label className="api-key">{t('apiKey')} <input type="password" value={key} autoComplete="off" onChange={(e) => setKey(e.target.value)} /></label>
      )}
      <ol className="suggestions-list">
        {list.map((s) => {
          const other = s.from.id === item ? s.to : s.from;
          return (
            <li key={s.id} data-suggestion={s.id}>
              <div className="suggestion-head">
                <Link to={nodeHref(other.id)}>{endLabel(other)}</Link> <KindBadge kind={other.kind} /> <BasisBadge basis={s.basis} />
                <span className="score">{t('score')} {s.score.toFixed(2)}</span> <span className="relation">{s.relation}</span>
              </div>
              <ul className="reasons">
                {s.reasons.map((r, i) => (
                  <li key={i}>
                    <span className="reason-kind">{r.kind}</span> {r.text}
                    {r.evidence.length > 0 && (
                      <details><summary>{r.evidence.length} {t('links').toLowerCase()}</summary>
                        <ul>{r.evidence.map((e, j) => <li key={j}><Link to={nodeHref(e.from.id)}>{e.from.id}</Link> → <Link to={nodeHref(e.to.id)}>{e.to.id}</Link> <EvidenceView evidence={e} /></li>)}</ul>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
              <div className="decision">
                <input type="text" aria-label={t('decisionNote')} placeholder={t('decisionNote')} value={notes[s.id] ?? ''} onChange={(e) => setNotes({ ...notes, [s.id]: e.target.value })} />
                <button type="button" onClick={() => void decide(s, true)}>{t('accept')}</button>
                <button type="button" onClick={() => void decide(s, false)}>{t('reject')}</button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
