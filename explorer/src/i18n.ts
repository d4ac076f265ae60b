import { createContext, useContext } from 'react';

/** Interface text in Dutch and English; the data keeps its own language (Dutch documents). */
export type Lang = 'nl' | 'en';

const en = {
  appName: 'PlanGraph explorer',
  search: 'Search', graph: 'Graph', threats: 'Threats → objectives', gaps: 'Coverage gaps', partners: 'Shared partners',
  sharedObjectives: 'Shared objectives', themes: 'Theme matrix', timeline: 'Timeline', organisations: 'Organisations',
  searchPlaceholder: 'Search names, acronyms (IGO, AJH, BiZa), titles and texts…', searchLabel: 'Search the graph',
  didYouMean: 'Did you mean', matches: 'Names', results: 'Full-text results', noResults: 'Nothing found.', approximate: 'No exact hits; showing results for similar words.',
  loading: 'Loading…', error: 'Something went wrong', kind: 'Kind', organisation: 'Organisation', score: 'Score',
  fields: 'Fields', links: 'Links', provenance: 'Provenance', source: 'Source', lines: 'lines', basis: 'Basis',
  openSource: 'Show the source text', openGraph: 'Show in the graph', openGraphiql: 'Open in GraphiQL', permalink: 'Permalink', copied: 'Copied',
  exportCsv: 'CSV', exportJson: 'JSON', exportPng: 'PNG', exportSvg: 'SVG', exportGraphml: 'GraphML', export: 'Export',
  expand: 'Expand', more: 'more', of: 'of', via: 'via', path: 'Path', from: 'From', to: 'To', findPath: 'Find path', clear: 'Clear',
  colourBy: 'Colour by', hideKinds: 'Hide kinds', layout: 'Re-layout', selected: 'Selected', degree: 'links in the graph',
  chooseOrganisations: 'Organisations', includeWeaknesses: 'Include weaknesses', rollUp: 'Count units for their parent body (roll-up)',
  threat: 'Threat', objective: 'Objective', domains: 'Domains', evidence: 'Evidence', clickCell: 'Click a cell for its evidence.',
  unanswered: 'Threats and weaknesses no objective answers', withoutActions: 'Objectives no action implements',
  partner: 'Partner', involvedBy: 'Involved by', reasons: 'Reasons', matchesOf: 'Matches', theme: 'Theme', total: 'Total',
  objectives: 'Objectives', actions: 'Actions', swotItems: 'SWOT items', pestelFactors: 'PESTEL factors', window: 'Window', date: 'Date', status: 'Status',
  plan: 'Plan', plans: 'Plans', home: 'Home', sharedWith: 'What it shares with others', alignments: 'Alignments', aliases: 'Also called',
  stated: 'stated', curated: 'curated', suggested: 'suggested', language: 'Taal / Language', nodeNotFound: 'No node with this id.',
  suggestionsTitle: 'Did you mean one of these?', outgoing: 'to', incoming: 'from', quote: 'Quote', rationale: 'Rationale',
  noneLeftOut: 'Everything in reach is shown.', leftOut: 'Left out (click to add)', showAll: 'show', count: 'Count',
  reviewSuggestions: 'Suggested links (review)', themeTags: 'Themes', pickTwo: 'Choose at least two organisations.',
};

type Dictionary = typeof en;

const nl: Dictionary = {
  appName: 'PlanGraph verkenner',
  search: 'Zoeken', graph: 'Graaf', threats: 'Dreigingen → doelstellingen', gaps: 'Dekkingshiaten', partners: 'Gedeelde partners',
  sharedObjectives: 'Gedeelde doelstellingen', themes: 'Themamatrix', timeline: 'Tijdlijn', organisations: 'Organisaties',
  searchPlaceholder: 'Zoek namen, afkortingen (IGO, AJH, BiZa), titels en teksten…', searchLabel: 'Doorzoek de graaf',
  didYouMean: 'Bedoelde u', matches: 'Namen', results: 'Resultaten in de tekst', noResults: 'Niets gevonden.', approximate: 'Geen exacte treffers; resultaten voor gelijkaardige woorden.',
  loading: 'Laden…', error: 'Er ging iets mis', kind: 'Soort', organisation: 'Organisatie', score: 'Score',
  fields: 'Velden', links: 'Verbanden', provenance: 'Herkomst', source: 'Bron', lines: 'regels', basis: 'Grondslag',
  openSource: 'Toon de brontekst', openGraph: 'Toon in de graaf', openGraphiql: 'Openen in GraphiQL', permalink: 'Vaste link', copied: 'Gekopieerd',
  exportCsv: 'CSV', exportJson: 'JSON', exportPng: 'PNG', exportSvg: 'SVG', exportGraphml: 'GraphML', export: 'Exporteren',
  expand: 'Uitbreiden', more: 'meer', of: 'van', via: 'via', path: 'Pad', from: 'Van', to: 'Naar', findPath: 'Zoek pad', clear: 'Wissen',
  colourBy: 'Kleur volgens', hideKinds: 'Soorten verbergen', layout: 'Opnieuw schikken', selected: 'Geselecteerd', degree: 'verbanden in de graaf',
  chooseOrganisations: 'Organisaties', includeWeaknesses: 'Ook zwaktes', rollUp: 'Eenheden tellen voor hun moederorgaan (roll-up)',
  threat: 'Dreiging', objective: 'Doelstelling', domains: 'Domeinen', evidence: 'Bewijs', clickCell: 'Klik op een cel voor het bewijs.',
  unanswered: 'Dreigingen en zwaktes zonder doelstelling', withoutActions: 'Doelstellingen zonder actie',
  partner: 'Partner', involvedBy: 'Betrokken door', reasons: 'Redenen', matchesOf: 'Overeenkomsten', theme: 'Thema', total: 'Totaal',
  objectives: 'Doelstellingen', actions: 'Acties', swotItems: 'SWOT-elementen', pestelFactors: 'PESTEL-factoren', window: 'Periode', date: 'Datum', status: 'Status',
  plan: 'Plan', plans: 'Plannen', home: 'Start', sharedWith: 'Wat ze deelt met anderen', alignments: 'Afstemmingen', aliases: 'Ook genoemd',
  stated: 'vermeld', curated: 'toegevoegd door analist', suggested: 'voorgesteld', language: 'Taal / Language', nodeNotFound: 'Geen knoop met deze id.',
  suggestionsTitle: 'Bedoelde u een van deze?', outgoing: 'naar', incoming: 'van', quote: 'Citaat', rationale: 'Motivering',
  noneLeftOut: 'Alles binnen bereik wordt getoond.', leftOut: 'Weggelaten (klik om toe te voegen)', showAll: 'toon', count: 'Aantal',
  reviewSuggestions: 'Voorgestelde verbanden (nakijken)', themeTags: "Thema's", pickTwo: 'Kies minstens twee organisaties.',
};

export const DICTIONARIES: Record<Lang, Dictionary> = { en, nl };
export type TextKey = keyof Dictionary;

export const LangContext = createContext<Lang>('en');

export function useT(): (key: TextKey) => string {
  const lang = useContext(LangContext);
  return (key) => DICTIONARIES[lang][key];
}

export function useLang(): Lang {
  return useContext(LangContext);
}

/** Kinds as people say them: English, Dutch, and their plurals. */
const KIND_NAMES: Record<string, [en: string, nl: string, enPlural: string, nlPlural: string]> = {
  ORGANISATION: ['Organisation', 'Organisatie', 'Organisations', 'Organisaties'], PLAN: ['Plan', 'Plan', 'Plans', 'Plannen'],
  STAKEHOLDER_GROUP: ['Stakeholder group', 'Stakeholdergroep', 'Stakeholder groups', 'Stakeholdergroepen'],
  SWOT_ITEM: ['SWOT item', 'SWOT-element', 'SWOT items', 'SWOT-elementen'], PESTEL_FACTOR: ['PESTEL factor', 'PESTEL-factor', 'PESTEL factors', 'PESTEL-factoren'],
  RISK: ['Risk', 'Risico', 'Risks', "Risico's"], RISK_DOMAIN: ['Risk domain', 'Risicodomein', 'Risk domains', 'Risicodomeinen'],
  OBJECTIVE: ['Objective', 'Doelstelling', 'Objectives', 'Doelstellingen'], ACTION: ['Action', 'Actie', 'Actions', 'Acties'],
  DELIVERABLE: ['Deliverable', 'Resultaat', 'Deliverables', 'Resultaten'], SYSTEM: ['IT system', 'IT-systeem', 'IT systems', 'IT-systemen'],
  FIGURE: ['Key figure', 'Kerncijfer', 'Key figures', 'Kerncijfers'], THEME: ['Theme', 'Thema', 'Themes', "Thema's"],
};

export function kindName(kind: string, lang: Lang, plural = false): string {
  const names = KIND_NAMES[kind] ?? [kind, kind, kind, kind];
  return names[(lang === 'nl' ? 1 : 0) + (plural ? 2 : 0)]!;
}
