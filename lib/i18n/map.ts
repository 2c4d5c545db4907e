import type { Locale } from './messages';

/** Texts of the ecosystem map (/mappa) and of the small maps on profile pages. */

type NodeType = 'PERSON' | 'ORGANIZATION' | 'PROJECT' | 'SKILL' | 'SECTOR';
/** The kinds of profile that show a neighbourhood map. */
export type MapKind = 'Person' | 'Organization' | 'Project' | 'Skill' | 'Sector';

const numberFormat = {
  it: new Intl.NumberFormat('it-IT'),
  en: new Intl.NumberFormat('en-GB'),
};

const it = {
  title: 'Mappa dell’ecosistema',
  intro:
    'Persone, organizzazioni, progetti, competenze e settori della comunità, e come sono collegati. Passa sopra un nodo, o sceglilo dall’elenco, per evidenziarne i collegamenti; fai clic per aprirne il profilo.',
  types: { PERSON: 'Persone', ORGANIZATION: 'Organizzazioni', PROJECT: 'Progetti', SKILL: 'Competenze', SECTOR: 'Settori' } satisfies Record<NodeType, string>,
  type: { PERSON: 'Persona', ORGANIZATION: 'Organizzazione', PROJECT: 'Progetto', SKILL: 'Competenza', SECTOR: 'Settore' } satisfies Record<NodeType, string>,
  filters: {
    label: 'Filtri della mappa',
    types: 'Tipi di nodo',
    typesHint: 'Nessun tipo scelto vuol dire tutti.',
    sector: 'Settore',
    allSectors: 'Tutti i settori',
    apply: 'Aggiorna la mappa',
    reset: 'Mostra tutta la rete',
  },
  legend: 'Legenda',
  legendSize: 'I nodi più grandi hanno più collegamenti; settori e organizzazioni partono più grandi.',
  summary: (nodes: number, edges: number) =>
    `${numberFormat.it.format(nodes)} ${nodes === 1 ? 'nodo' : 'nodi'}, ${numberFormat.it.format(edges)} ${edges === 1 ? 'collegamento' : 'collegamenti'}`,
  truncated: 'La rete è più grande di quanto la mappa possa mostrare: qui ne vedi una parte. Usa i filtri per restringerla.',
  loading: 'Caricamento della mappa…',
  layout: 'Disposizione dei nodi…',
  error: 'Non è stato possibile caricare la mappa. Riprova tra poco.',
  retry: 'Riprova',
  unsupported: 'Questo browser non può disegnare la mappa (serve WebGL). L’elenco dei nodi contiene le stesse informazioni.',
  empty: 'Nessun nodo corrisponde ai filtri scelti.',
  canvasLabel: (summary: string) => `Mappa della rete: ${summary}. Per esplorarla con la tastiera usa l’elenco dei nodi.`,
  zoomIn: 'Ingrandisci',
  zoomOut: 'Rimpicciolisci',
  zoomReset: 'Vista intera',
  finder: {
    title: 'Elenco dei nodi',
    search: 'Cerca un nodo',
    list: 'Nodi della mappa',
    count: (shown: number, total: number) =>
      shown < total
        ? `${numberFormat.it.format(shown)} di ${numberFormat.it.format(total)}: scrivi per restringere l’elenco`
        : `${numberFormat.it.format(total)} ${total === 1 ? 'nodo' : 'nodi'}`,
    none: 'Nessun nodo con questo nome.',
    hint: 'Scegli un nodo per evidenziarlo sulla mappa.',
    degree: (n: number) => (n === 1 ? '1 collegamento' : `${numberFormat.it.format(n)} collegamenti`),
    open: (name: string) => `Apri il profilo: ${name}`,
  },
  neighbourhood: {
    title: 'Rete dei collegamenti',
    intro: {
      Person: 'Organizzazioni, progetti e competenze di questa persona, e ciò a cui sono collegati a loro volta.',
      Organization: 'Persone, progetti, settori e partner di questa organizzazione, e ciò a cui sono collegati a loro volta.',
      Project: 'Persone, organizzazioni, settori e competenze di questo progetto, e ciò a cui sono collegati a loro volta.',
      Skill: 'Le persone che hanno questa competenza e i progetti che la cercano, e ciò a cui sono collegati a loro volta.',
      Sector: 'Le organizzazioni e i progetti di questo settore, e ciò a cui sono collegati a loro volta.',
    } satisfies Record<MapKind, string>,
    empty: 'Ancora nessun collegamento da mostrare.',
    centre: 'Il nodo al centro, più grande, è questo profilo.',
    truncated: 'I collegamenti sono molti: la mappa mostra i 200 più vicini.',
    details: 'Elenco dei nodi della mappa',
  },
};

const en: typeof it = {
  title: 'Ecosystem map',
  intro:
    'The community’s people, organizations, projects, skills and sectors, and how they are linked. Hover over a node, or pick it from the list, to highlight its links; click it to open its profile.',
  types: { PERSON: 'People', ORGANIZATION: 'Organizations', PROJECT: 'Projects', SKILL: 'Skills', SECTOR: 'Sectors' },
  type: { PERSON: 'Person', ORGANIZATION: 'Organization', PROJECT: 'Project', SKILL: 'Skill', SECTOR: 'Sector' },
  filters: {
    label: 'Map filters',
    types: 'Node types',
    typesHint: 'Choosing none means all.',
    sector: 'Sector',
    allSectors: 'All sectors',
    apply: 'Update the map',
    reset: 'Show the whole network',
  },
  legend: 'Legend',
  legendSize: 'Bigger nodes have more links; sectors and organizations start bigger.',
  summary: (nodes: number, edges: number) =>
    `${numberFormat.en.format(nodes)} ${nodes === 1 ? 'node' : 'nodes'}, ${numberFormat.en.format(edges)} ${edges === 1 ? 'link' : 'links'}`,
  truncated: 'The network is larger than the map can show: you are seeing part of it. Use the filters to narrow it down.',
  loading: 'Loading the map…',
  layout: 'Arranging the nodes…',
  error: 'The map could not be loaded. Please try again shortly.',
  retry: 'Try again',
  unsupported: 'This browser cannot draw the map (it needs WebGL). The list of nodes holds the same information.',
  empty: 'No node matches the chosen filters.',
  canvasLabel: (summary: string) => `Network map: ${summary}. To explore it with a keyboard, use the list of nodes.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Whole view',
  finder: {
    title: 'List of nodes',
    search: 'Find a node',
    list: 'Nodes on the map',
    count: (shown: number, total: number) =>
      shown < total
        ? `${numberFormat.en.format(shown)} of ${numberFormat.en.format(total)}: type to narrow the list`
        : `${numberFormat.en.format(total)} ${total === 1 ? 'node' : 'nodes'}`,
    none: 'No node with this name.',
    hint: 'Pick a node to highlight it on the map.',
    degree: (n: number) => (n === 1 ? '1 link' : `${numberFormat.en.format(n)} links`),
    open: (name: string) => `Open the profile: ${name}`,
  },
  neighbourhood: {
    title: 'Network of links',
    intro: {
      Person: 'This person’s organizations, projects and skills, and what those are linked to in turn.',
      Organization: 'This organization’s people, projects, sectors and partners, and what those are linked to in turn.',
      Project: 'This project’s people, organizations, sectors and skills, and what those are linked to in turn.',
      Skill: 'The people who have this skill and the projects looking for it, and what those are linked to in turn.',
      Sector: 'The organizations and projects in this sector, and what those are linked to in turn.',
    },
    empty: 'No links to show yet.',
    centre: 'The bigger node in the middle is this profile.',
    truncated: 'There are many links: the map shows the 200 nearest.',
    details: 'List of the nodes on the map',
  },
};

export const mapText: Record<Locale, typeof it> = { it, en };
