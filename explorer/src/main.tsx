import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DICTIONARIES, LangContext, type Lang } from './i18n';
import { href, useLocation } from './url';
import { Link } from './ui';
import { SearchView } from './views/SearchView';
import { NodePage } from './views/NodePage';
import { SourceView } from './views/SourceView';
import { GraphView } from './views/GraphView';
import { ThreatsView } from './views/ThreatsView';
import { GapsView } from './views/GapsView';
import { PartnersView } from './views/PartnersView';
import { SharedObjectivesView } from './views/SharedObjectivesView';
import { ThemeMatrixView } from './views/ThemeMatrixView';
import { TimelineView } from './views/TimelineView';
import { OrganisationHome } from './views/OrganisationHome';
import './styles.css';

const NAV: { view: string; key: keyof (typeof DICTIONARIES)['en'] }[] = [
  { view: '', key: 'search' }, { view: 'graph', key: 'graph' }, { view: 'threats', key: 'threats' }, { view: 'gaps', key: 'gaps' },
  { view: 'partners', key: 'partners' }, { view: 'shared-objectives', key: 'sharedObjectives' }, { view: 'themes', key: 'themes' },
  { view: 'timeline', key: 'timeline' }, { view: 'organisation', key: 'organisations' },
];

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'nl' || fromUrl === 'en') return fromUrl;
  const stored = window.localStorage.getItem('plangraph.lang');
  if (stored === 'nl' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function View({ path }: { path: string[] }) {
  const [view = '', ...rest] = path;
  switch (view) {
    case '': return <SearchView />;
    case 'node': return <NodePage id={rest.join('/')} />;
    case 'source': return <SourceView source={rest[0] ?? ''} />;
    case 'graph': return <GraphView />;
    case 'threats': return <ThreatsView />;
    case 'gaps': return <GapsView />;
    case 'partners': return <PartnersView />;
    case 'shared-objectives': return <SharedObjectivesView />;
    case 'themes': return <ThemeMatrixView />;
    case 'timeline': return <TimelineView />;
    case 'organisation': return <OrganisationHome id={rest.join('/')} />;
    default: return <p>Unknown view.</p>;
  }
}

function App() {
  const location = useLocation();
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = DICTIONARIES[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
    window.localStorage.setItem('plangraph.lang', lang);
  }, [lang]);
  const active = location.path[0] ?? '';
  return (
    <LangContext.Provider value={lang}>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <Link to={href([])} className="brand">{t.appName}</Link>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <Link key={n.view} to={href(n.view ? [n.view] : [])} className={active === n.view ? 'active' : undefined}>{t[n.key]}</Link>
          ))}
        </nav>
        <div className="top-right">
          <a href="/graphiql/">GraphiQL</a>
          <label className="lang">
            <span className="visually-hidden">{t.language}</span>
            <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t.language}>
              <option value="nl">Nederlands</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <main id="main"><View path={location.path} /></main>
    </LangContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
