import { ExplorerSharedPartnersDocument, ExplorerSharedPartnersHintDocument } from '../../../client/generated/graphql';
import { useLang, useT } from '../i18n';
import { listParam, useLocation, useParamSetter } from '../url';
import { EvidenceView, Link, nodeHref, OrganisationPicker, organisationHref, Page, Status, Toolbar, useAllPages, useQuery } from '../ui';

/** Partners that the chosen organisations share, with where each involves them. */
export function PartnersView() {
  const t = useT();
  const lang = useLang();
  const { params } = useLocation();
  const setParams = useParamSetter();
  const chosen = listParam(params, 'orgs');
  const organisations = chosen.length ? chosen : ['igo', 'ssr'];
  const rollUp = params.get('rollUp') === '1';
  const variables = { organisations, rollUp, atLeast: null };
  const state = useAllPages(ExplorerSharedPartnersDocument, variables, (d) => d.sharedPartners);
  const hintState = useQuery(ExplorerSharedPartnersHintDocument, { organisations }, organisations.length < 2);
  const partners = state.data?.nodes ?? [];
  const hint = hintState.data?.sharedPartnersHint;
  const rows = () => partners.flatMap((p) => p.involvedBy.flatMap((b) => b.involvements.map((i) => ({
    partner: p.partner.id, partnerName: p.partner.name, organisation: b.organisation.id, item: i.item.id, involved: i.involved.id, wording: i.evidence.wording,
    source: i.evidence.provenance?.source, lines: i.evidence.provenance ? `${i.evidence.provenance.lines.from}-${i.evidence.provenance.lines.to}` : null,
  }))));
  return (
    <Page title={t('partners')} toolbar={<Toolbar name="shared-partners" document={ExplorerSharedPartnersDocument} variables={variables} rows={rows} json={() => state.data} />}>
      <div className="controls">
        <OrganisationPicker selected={organisations} onChange={(ids) => setParams({ orgs: ids })} />
        <label><input type="checkbox" checked={rollUp} onChange={(e) => setParams({ rollUp: e.target.checked ? '1' : null })} /> {t('rollUp')}</label>
      </div>
      {organisations.length < 2 && <p>{t('pickTwo')}</p>}
      <Status state={state} />
      {hint && !rollUp && (hint.hint || hint.hintNl) && (
        <p className="hint" role="status">{lang === 'nl' ? hint.hintNl : hint.hint} <button type="button" onClick={() => setParams({ rollUp: '1' })}>{t('rollUp')}</button></p>
      )}
      {state.data && partners.length === 0 && <p>{t('noResults')}</p>}
      <ul className="cards">
        {partners.map((p) => (
          <li key={p.partner.id} className="card">
            <h2><Link to={organisationHref(p.partner.id)}>{p.partner.acronym ? `${p.partner.acronym} — ` : ''}{p.partner.name}</Link></h2>
            {p.involvedBy.map((b) => (
              <div key={b.organisation.id}>
                <h3>{t('involvedBy')} {b.organisation.acronym ?? b.organisation.name}</h3>
                <ul>
                  {b.involvements.map((i, k) => (
                    <li key={k}>
                      <Link to={nodeHref(i.item.id)}>{'code' in i.item ? `${i.item.code ?? ''} ${i.item.title}` : i.item.id}</Link>
                      {i.involved.id !== p.partner.id && <small> ({i.involved.name})</small>}
                      <EvidenceView evidence={i.evidence} />
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </Page>
  );
}
