import type { SeedOrganization } from '../types';

export const organizations: SeedOrganization[] = [
  // ── Lo spazio, l'istituzione e il partner ────────────────────────────────
  {
    slug: 'hub-garbatella',
    name: 'Spazio Rizoma Garbatella',
    kind: 'HUB',
    description:
      'Coworking e incubatore di innovazione sociale nato dal riuso di un locale municipale inutilizzato a due passi dalla metro Garbatella. Ospita una ventina di startup, studi e associazioni che partono dal proprio lavoro e crescono collaborando tra loro. In cambio dello spazio fornisce al Municipio servizi di streaming, audio e video per assemblee e presentazioni.',
    website: 'https://spaziorizoma.example',
    email: 'ciao@spaziorizoma.example',
    location: 'Roma, Garbatella',
    foundedYear: 2014,
    sectors: ['formazione', 'terzo-settore', 'video-media'],
  },
  {
    slug: 'municipio-roma-viii',
    name: 'Municipio Roma VIII',
    kind: 'INSTITUTION',
    description:
      'Il municipio che comprende Garbatella, Ostiense, San Paolo e i quartieri vicini. Ha concesso lo spazio al coworking con un accordo di collaborazione e ne usa i servizi audio e video per consigli, assemblee pubbliche e presentazioni.',
    website: 'https://municipioottavo.example',
    email: 'urp@municipioottavo.example',
    location: 'Roma, Garbatella',
    foundedYear: 2013,
    sectors: ['terzo-settore', 'formazione'],
  },
  {
    slug: 'ponti-solidali',
    name: 'Associazione Ponti Solidali',
    kind: 'ASSOCIATION',
    description:
      'Associazione di solidarietà che da anni lavora con le famiglie rom e con le persone migranti nei quartieri della periferia sud-ovest. Cura la mediazione culturale, l’accompagnamento ai servizi e, insieme alle realtà del coworking, percorsi di formazione e di avvio al lavoro.',
    website: 'https://pontisolidali.example',
    email: 'info@pontisolidali.example',
    location: 'Roma, Magliana',
    foundedYear: 2009,
    sectors: ['terzo-settore', 'formazione'],
  },

  // ── Video, foto e audio ──────────────────────────────────────────────────
  {
    slug: 'lucefilm',
    name: 'Lucefilm',
    kind: 'STARTUP',
    description:
      'Casa di produzione indipendente che realizza documentari, video istituzionali e racconti di quartiere. Cura anche le riprese per le assemblee pubbliche organizzate con il Municipio.',
    website: 'https://lucefilm.example',
    email: 'produzione@lucefilm.example',
    location: 'Roma, Garbatella',
    foundedYear: 2016,
    sectors: ['video-media'],
  },
  {
    slug: 'ondalunga-media',
    name: 'Ondalunga Media',
    kind: 'STARTUP',
    description:
      'Startup specializzata in dirette streaming multicamera, regia live e service audio per conferenze ed eventi. Gestisce con lo spazio le dirette dei consigli municipali.',
    website: 'https://ondalunga.example',
    email: 'live@ondalunga.example',
    location: 'Roma, Garbatella',
    foundedYear: 2019,
    sectors: ['video-media', 'digitale'],
  },
  {
    slug: 'radio-cortile',
    name: 'Radio Cortile',
    kind: 'COLLECTIVE',
    description:
      'Collettivo che produce podcast e radio di quartiere, dando voce a chi vive e lavora nel Municipio. Registra nel piccolo studio insonorizzato del coworking.',
    website: 'https://radiocortile.example',
    email: 'redazione@radiocortile.example',
    location: 'Roma, Garbatella',
    foundedYear: 2018,
    sectors: ['video-media', 'terzo-settore'],
  },
  {
    slug: 'grana-fine',
    name: 'Collettivo Grana Fine',
    kind: 'COLLECTIVE',
    description:
      'Collettivo di fotografe e fotografi che lavora tra reportage, ritratto e fotografia di architettura. Gestisce la camera oscura condivisa del coworking e organizza corsi aperti al quartiere.',
    website: 'https://granafine.example',
    email: 'collettivo@granafine.example',
    location: 'Roma, Garbatella',
    foundedYear: 2012,
    sectors: ['video-media', 'formazione'],
  },

  // ── Open data ────────────────────────────────────────────────────────────
  {
    slug: 'datapiazza',
    name: 'DataPiazza',
    kind: 'STARTUP',
    description:
      'Startup di civic tech che raccoglie, pulisce e racconta dati pubblici su servizi, spazi e bilanci locali. Lavora con redazioni, associazioni e amministrazioni che vogliono decidere a partire dai dati.',
    website: 'https://datapiazza.example',
    email: 'dati@datapiazza.example',
    location: 'Roma, Garbatella',
    foundedYear: 2015,
    sectors: ['open-data', 'digitale'],
  },
  {
    slug: 'mappacomune',
    name: 'Mappacomune',
    kind: 'COOPERATIVE',
    description:
      'Cooperativa di geografi e cartografi che produce mappe aperte e analisi territoriali con software libero. Affianca comitati e scuole in percorsi di mappatura partecipata.',
    website: 'https://mappacomune.example',
    email: 'soci@mappacomune.example',
    location: 'Roma, Ostiense',
    foundedYear: 2018,
    sectors: ['open-data', 'architettura'],
  },

  // ── Bioingegneria ────────────────────────────────────────────────────────
  {
    slug: 'biotrama',
    name: 'Biotrama',
    kind: 'STARTUP',
    description:
      'Startup di bioingegneria che coltiva micelio su scarti agricoli e del caffè per ottenere imballaggi e pannelli compostabili. Ha un piccolo laboratorio biologico nel seminterrato del coworking.',
    website: 'https://biotrama.example',
    email: 'lab@biotrama.example',
    location: 'Roma, Garbatella',
    foundedYear: 2020,
    sectors: ['bioingegneria', 'green-economy'],
  },
  {
    slug: 'arto-libero',
    name: 'Arto Libero Lab',
    kind: 'STARTUP',
    description:
      'Laboratorio che progetta protesi e ausili stampati in 3D con licenze aperte, a partire dai bisogni di bambini e famiglie. Unisce ingegneria biomedica, fabbricazione digitale e analisi dei dati.',
    website: 'https://artolibero.example',
    email: 'ciao@artolibero.example',
    location: 'Roma, Garbatella',
    foundedYear: 2021,
    sectors: ['bioingegneria', 'design'],
  },

  // ── Architettura ─────────────────────────────────────────────────────────
  {
    slug: 'studio-soglia',
    name: 'Studio Soglia Architetti',
    kind: 'COMPANY',
    description:
      'Studio di architettura che si occupa di rigenerazione di edifici pubblici e di progettazione partecipata. Ha seguito il progetto di riuso del locale municipale che oggi ospita il coworking.',
    website: 'https://studiosoglia.example',
    email: 'studio@studiosoglia.example',
    location: 'Roma, Garbatella',
    foundedYear: 2011,
    sectors: ['architettura'],
  },
  {
    slug: 'cantiere-lento',
    name: 'Cantiere Lento',
    kind: 'COOPERATIVE',
    description:
      'Cooperativa di architetti e artigiani che lavora con bioedilizia, materiali di recupero e cantieri in autocostruzione. Ha realizzato gli arredi del coworking con legno di riuso.',
    website: 'https://cantierelento.example',
    email: 'cantiere@cantierelento.example',
    location: 'Roma, San Paolo',
    foundedYear: 2017,
    sectors: ['architettura', 'green-economy'],
  },

  // ── Design e grafica ─────────────────────────────────────────────────────
  {
    slug: 'formicaio-design',
    name: 'Formicaio Design',
    kind: 'COMPANY',
    description:
      'Studio di service design e UX che progetta servizi pubblici e digitali insieme a chi li usa. Si occupa in particolare di accessibilità e di ricerca con utenti fragili.',
    website: 'https://formicaio.example',
    email: 'studio@formicaio.example',
    location: 'Roma, Garbatella',
    foundedYear: 2013,
    sectors: ['design', 'digitale'],
  },
  {
    slug: 'tipi-mobili',
    name: 'Tipi Mobili',
    kind: 'COLLECTIVE',
    description:
      'Collettivo di grafici e illustratori con una piccola stamperia serigrafica e una risograph. Cura identità visive per associazioni, festival e imprese sociali.',
    website: 'https://tipimobili.example',
    email: 'stamperia@tipimobili.example',
    location: 'Roma, Garbatella',
    foundedYear: 2015,
    sectors: ['grafica-comunicazione', 'design'],
  },
  {
    slug: 'studio-vela',
    name: 'Studio Vela Comunicazione',
    kind: 'COMPANY',
    description:
      'Piccola agenzia di comunicazione per il terzo settore e l’economia sociale: ufficio stampa, social media e campagne di raccolta fondi.',
    website: 'https://studiovela.example',
    email: 'ciao@studiovela.example',
    location: 'Roma, Ostiense',
    foundedYear: 2019,
    sectors: ['grafica-comunicazione'],
  },

  // ── Green economy e cibo ─────────────────────────────────────────────────
  {
    slug: 'solecomune',
    name: 'Solecomune',
    kind: 'COOPERATIVE',
    description:
      'Cooperativa energetica che progetta impianti fotovoltaici, diagnosi energetiche e comunità energetiche rinnovabili con condomini, scuole ed enti pubblici.',
    website: 'https://solecomune.example',
    email: 'energia@solecomune.example',
    location: 'Roma, Garbatella',
    foundedYear: 2014,
    sectors: ['green-economy'],
  },
  {
    slug: 'orti-in-quota',
    name: 'Orti in Quota',
    kind: 'ASSOCIATION',
    description:
      'Associazione che trasforma tetti e cortili in orti condivisi e cura compostiere di comunità. Porta nelle scuole del Municipio laboratori di educazione ambientale.',
    website: 'https://ortiinquota.example',
    email: 'orti@ortiinquota.example',
    location: 'Roma, Garbatella',
    foundedYear: 2018,
    sectors: ['green-economy', 'cibo-agricoltura-urbana'],
  },
  {
    slug: 'ricircolo',
    name: 'Ricircolo',
    kind: 'STARTUP',
    description:
      'Startup di economia circolare che recupera materiali da cantieri, allestimenti e aziende e li rimette in circolo attraverso una materioteca aperta a designer e artigiani.',
    website: 'https://ricircolo.example',
    email: 'materiali@ricircolo.example',
    location: 'Roma, Ostiense',
    foundedYear: 2019,
    sectors: ['green-economy', 'design'],
  },
  {
    slug: 'ciclofficina-ottava-ruota',
    name: 'Ciclofficina Ottava Ruota',
    kind: 'ASSOCIATION',
    description:
      'Ciclofficina popolare dove si impara a riparare la propria bici. Promuove la mobilità sostenibile e i percorsi sicuri casa-scuola nel Municipio.',
    website: 'https://ottavaruota.example',
    email: 'officina@ottavaruota.example',
    location: 'Roma, Garbatella',
    foundedYear: 2014,
    sectors: ['green-economy', 'terzo-settore'],
  },
  {
    slug: 'cucina-migrante',
    name: 'Cucina Migrante',
    kind: 'COOPERATIVE',
    description:
      'Cooperativa di cuoche e cuochi di origini diverse che offre catering per eventi e mense aziendali. È nata da un percorso di incubazione nel coworking.',
    website: 'https://cucinamigrante.example',
    email: 'ordini@cucinamigrante.example',
    location: 'Roma, San Paolo',
    foundedYear: 2020,
    sectors: ['cibo-agricoltura-urbana', 'terzo-settore'],
  },

  // ── Terzo settore e formazione ───────────────────────────────────────────
  {
    slug: 'casa-dei-venti',
    name: 'Associazione Casa dei Venti',
    kind: 'ASSOCIATION',
    description:
      'Associazione che gestisce una scuola di italiano per migranti, uno sportello legale e attività di mediazione culturale. Lavora con volontari e volontarie del quartiere.',
    website: 'https://casadeiventi.example',
    email: 'sportello@casadeiventi.example',
    location: 'Roma, Garbatella',
    foundedYear: 2010,
    sectors: ['terzo-settore', 'formazione'],
  },
  {
    slug: 'semi-di-impresa',
    name: 'Semi d’Impresa',
    kind: 'ASSOCIATION',
    description:
      'Associazione che accompagna donne e persone escluse dal credito nella creazione di piccole imprese, con formazione, tutoraggio e microcredito. Conduce con Ponti Solidali gli incontri sull’impresa al femminile nell’area della Magliana.',
    website: 'https://semidimpresa.example',
    email: 'info@semidimpresa.example',
    location: 'Roma, Garbatella',
    foundedYear: 2016,
    sectors: ['terzo-settore', 'formazione'],
  },
  {
    slug: 'trame-sociali',
    name: 'Trame Sociali',
    kind: 'COOPERATIVE',
    description:
      'Cooperativa sociale di inserimento lavorativo con una sartoria che lavora tessuti di recupero. Offre orientamento al lavoro e tirocini a persone in difficoltà.',
    website: 'https://tramesociali.example',
    email: 'cooperativa@tramesociali.example',
    location: 'Roma, San Paolo',
    foundedYear: 2012,
    sectors: ['terzo-settore', 'green-economy'],
  },
  {
    slug: 'garbatella-bene-comune',
    name: 'Garbatella Bene Comune',
    kind: 'ASSOCIATION',
    description:
      'Associazione di abitanti che custodisce la memoria dei lotti storici della Garbatella e promuove la cura degli spazi comuni. Raccoglie segnalazioni e proposte dal quartiere.',
    website: 'https://garbatellabenecomune.example',
    email: 'associazione@garbatellabenecomune.example',
    location: 'Roma, Garbatella',
    foundedYear: 2017,
    sectors: ['terzo-settore', 'architettura'],
  },
  {
    slug: 'bottega-dei-saperi',
    name: 'Bottega dei Saperi',
    kind: 'ASSOCIATION',
    description:
      'Ente di formazione non profit che progetta corsi per adulti, giovani e lavoratori, in aula e online. Cura la programmazione formativa insieme allo spazio.',
    website: 'https://bottegadeisaperi.example',
    email: 'corsi@bottegadeisaperi.example',
    location: 'Roma, Garbatella',
    foundedYear: 2015,
    sectors: ['formazione'],
  },

  // ── Digitale ─────────────────────────────────────────────────────────────
  {
    slug: 'nodo-coop',
    name: 'Nodo Cooperativa Digitale',
    kind: 'COOPERATIVE',
    description:
      'Cooperativa di sviluppatrici e sviluppatori che realizza siti, piattaforme e applicazioni accessibili per associazioni, enti pubblici e piccole imprese, usando software libero.',
    website: 'https://nodo.example',
    email: 'progetti@nodo.example',
    location: 'Roma, Garbatella',
    foundedYear: 2017,
    sectors: ['digitale', 'open-data'],
  },
];
