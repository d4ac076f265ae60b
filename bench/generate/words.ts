import type { Random } from './random.js';

/**
 * Dutch-sounding wording for synthetic items, built from the vocabulary of the seed documents,
 * so that text filters and the Dutch full-text analyzer meet the same kind of words.
 */
const VERBS = [
  'Versterken van', 'Uitbouwen van', 'Digitaliseren van', 'Verbeteren van', 'Moderniseren van', 'Ontwikkelen van',
  'Opvolgen van', 'Evalueren van', 'Vereenvoudigen van', 'Harmoniseren van', 'Professionaliseren van', 'Uitrollen van',
  'Implementeren van', 'Herzien van', 'Bevorderen van', 'Verankeren van', 'Monitoren van', 'Coördineren van',
];
const OBJECTS = [
  'de dienstverlening', 'het opleidingsaanbod', 'de samenwerking met partners', 'het veiligheidsbeleid', 'de gegevensuitwisseling',
  'het personeelsbeleid', 'de interne controle', 'de communicatie', 'het kennisbeheer', 'de klantgerichtheid', 'het handhavingsbeleid',
  'de slachtofferzorg', 'de re-integratie van daders', 'de huisvesting', 'het informatiebeheer', 'de begroting', 'de detentie',
  'de toegang tot het recht', 'de bemiddeling', 'het integriteitsbeleid', 'de cyberveiligheid', 'de forensische zorg',
  'het welzijn op het werk', 'de kwaliteitszorg', 'de juridische eerstelijnsbijstand', 'het jeugddelinquentiebeleid',
];
const QUALIFIERS = [
  'voor alle burgers', 'binnen de organisatie', 'met de lokale besturen', 'op Europees niveau', 'in de gevangenissen',
  'voor het personeel', 'via een digitaal platform', 'in alle regio\'s', 'met de rechterlijke orde', 'voor kwetsbare groepen',
  'in de provincies', 'met de federale partners', 'op basis van data', 'in overleg met de sector',
];
const SWOT = {
  STRENGTH: ['Sterke expertise in', 'Goed uitgebouwd netwerk voor', 'Ervaren medewerkers voor', 'Erkende rol in'],
  WEAKNESS: ['Beperkte middelen voor', 'Versnipperde aanpak van', 'Verouderde systemen voor', 'Onvoldoende zicht op'],
  OPPORTUNITY: ['Nieuwe technologieën voor', 'Europese financiering van', 'Groeiende vraag naar', 'Samenwerking rond'],
  THREAT: ['Toenemende druk op', 'Risico op uitval van', 'Toenemende cyberdreiging voor', 'Budgettaire beperkingen voor'],
} as const;
const DOMAINS = [
  'Adequate budgetaire middelen', 'Expertise en kennis', 'Personeel en competenties', 'Informatieveiligheid', 'Wetgeving en regelgeving',
  'Samenwerking met partners', 'Continuïteit van de dienstverlening', 'Beveiliging van de IT-architectuur', 'Reputatie en communicatie',
  'Infrastructuur en huisvesting', 'Integriteit', 'Datakwaliteit',
];
const ORG_WORDS = ['Dienst', 'Agentschap', 'Centrum', 'Raad', 'Instituut', 'Directie', 'Bureau', 'Commissie', 'Huis', 'Platform'];
const ORG_FIELDS = ['Justitie', 'Veiligheid', 'Slachtofferzorg', 'Opleiding', 'Handhaving', 'Welzijn', 'Detentie', 'Bemiddeling', 'Jeugd', 'Integriteit', 'Informatie', 'Preventie'];
const PLACES = ['Antwerpen', 'Gent', 'Brugge', 'Leuven', 'Hasselt', 'Mechelen', 'Kortrijk', 'Namen', 'Luik', 'Utrecht', 'Arnhem', 'Zwolle', 'Brussel'];
/** Figures: the document's label and what it measures (from the controlled list of data/README.md). */
const FIGURES = [
  { label: 'deelnemers', measure: 'participants' },
  { label: 'inschrijvingen', measure: 'registrations' },
  { label: 'opleidingsactiviteiten', measure: 'learning-activities' },
  { label: 'aanvragen', measure: 'requests' },
  { label: 'projecten', measure: 'projects' },
  { label: 'evenementen', measure: 'events' },
];

export function objectiveTitle(r: Random): string {
  return `${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)}`;
}

export function actionTitle(r: Random): string {
  return `${r.pick(VERBS)} ${r.pick(OBJECTS)}`.toUpperCase();
}

export function deliverableTitle(r: Random): string {
  return `${r.pick(['Rapport over', 'Plan voor', 'Nota over', 'Pilot rond', 'Evaluatie van', 'Handleiding voor'])} ${r.pick(OBJECTS)}`;
}

export function swotText(r: Random, type: keyof typeof SWOT): string {
  return `${r.pick(SWOT[type])} ${r.pick(OBJECTS)} ${r.pick(QUALIFIERS)}`;
}

export function pestelText(r: Random): string {
  return `${r.pick(['Nieuwe regelgeving rond', 'Maatschappelijke verwachtingen over', 'Economische druk op', 'Technologische evolutie van'])} ${r.pick(OBJECTS)}`;
}

export function domainName(index: number): string {
  return DOMAINS[index % DOMAINS.length]!;
}

export function organisationName(r: Random, serial: number): string {
  return `${r.pick(ORG_WORDS)} ${r.pick(ORG_FIELDS)} ${r.pick(PLACES)} ${serial}`;
}

export function figure(r: Random): { label: string; measure: string; value: number; unit: string } {
  return { ...r.pick(FIGURES), value: r.int(5, 20000), unit: 'persons' };
}

export function groupName(r: Random): string {
  return r.pick(['Opdrachtgevers', 'Partners', 'Medewerkers', 'Burgers', 'Leveranciers', 'Toezichthouders']);
}
