/**
 * Words the synthetic community is made of: Italian first and last names, places in
 * Rome, parts of organization and project names, and the contexts that turn the demo
 * community's skills into a 2,000-skill taxonomy. Invented, but plausible on a page.
 * No commas, quotes or brackets in any of them: they travel through CSV lists.
 */

export const FEMALE_NAMES = [
  'Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Alessia', 'Federica', 'Silvia', 'Elena',
  'Giorgia', 'Laura', 'Paola', 'Roberta', 'Anna', 'Marta', 'Ilaria', 'Serena', 'Claudia', 'Beatrice',
  'Camilla', 'Alice', 'Aurora', 'Sofia', 'Noemi', 'Arianna', 'Eleonora', 'Veronica', 'Cristina', 'Monica',
  'Simona', 'Daniela', 'Barbara', 'Lucia', 'Teresa', 'Irene', 'Greta', 'Bianca', 'Ludovica', 'Margherita',
  'Carlotta', 'Benedetta', 'Agnese', 'Rebecca', 'Miriam', 'Letizia', 'Costanza', 'Flavia', 'Livia', 'Ginevra',
] as const;

export const MALE_NAMES = [
  'Marco', 'Alessandro', 'Andrea', 'Luca', 'Matteo', 'Francesco', 'Lorenzo', 'Davide', 'Simone', 'Federico',
  'Riccardo', 'Giuseppe', 'Stefano', 'Paolo', 'Roberto', 'Gabriele', 'Tommaso', 'Edoardo', 'Daniele', 'Michele',
  'Filippo', 'Emanuele', 'Giorgio', 'Antonio', 'Nicola', 'Pietro', 'Fabio', 'Claudio', 'Massimo', 'Enrico',
  'Leonardo', 'Giacomo', 'Alberto', 'Vincenzo', 'Salvatore', 'Valerio', 'Jacopo', 'Mattia', 'Samuele', 'Elia',
  'Cristiano', 'Dario', 'Emilio', 'Fausto', 'Guido', 'Ivan', 'Luigi', 'Mauro', 'Ottavio', 'Raffaele',
] as const;

export const LAST_NAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
  'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', 'D’Angelo', 'Marchetti',
  'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso', 'Valentini',
  'Messina', 'Sala', 'De Angelis', 'Gatti', 'Pellegrini', 'Palumbo', 'Sanna', 'Farina', 'Rizzi', 'Monti',
  'Cattaneo', 'Morelli', 'Amato', 'Silvestri', 'Mazza', 'Testa', 'Grassi', 'Pellegrino', 'Carbone', 'Giuliani',
  'Benedetti', 'Barone', 'Rossetti', 'Caputo', 'Montanari', 'Guerra', 'Palmieri', 'Bernardi', 'Martino', 'Fiore',
  'De Rosa', 'Ferretti', 'Bellini', 'Basile', 'Riva', 'Donati', 'Piras', 'Vitali', 'Battaglia', 'Sartori',
  'Neri', 'Costantini', 'Milani', 'Pagano', 'Ruggiero', 'Sorrentino', 'D’Amico', 'Orlando', 'Damico', 'Negri',
] as const;

/** Neighbourhoods of Rome, mostly around Garbatella. */
export const PLACES = [
  'Garbatella', 'Ostiense', 'San Paolo', 'Testaccio', 'Tor Marancia', 'Montagnola', 'Ottavo Colle', 'Eur',
  'Marconi', 'Trastevere', 'Monteverde', 'Pigneto', 'San Lorenzo', 'Centocelle', 'Quadraro', 'Tuscolano',
  'Appio Latino', 'San Giovanni', 'Esquilino', 'Prati', 'Nomentano', 'Tiburtino', 'Portuense', 'Magliana',
] as const;

/** Where the organizations sit on the map: around Garbatella (WGS 84). */
export const CENTRE = { latitude: 41.8617, longitude: 12.4869 } as const;

export const ORG_WORDS = [
  'Ondalunga', 'Lucefilm', 'Terrarossa', 'Cantiere', 'Radice', 'Filo', 'Alveare', 'Bussola', 'Officina', 'Trama',
  'Sorgente', 'Ponte', 'Orto', 'Quadrante', 'Mosaico', 'Crocevia', 'Fucina', 'Lanterna', 'Corte', 'Scintilla',
  'Vela', 'Seme', 'Nodo', 'Prisma', 'Ramo', 'Approdo', 'Torretta', 'Cortile', 'Bottega', 'Binario',
  'Lotto', 'Faro', 'Sentiero', 'Miniera', 'Riva', 'Piazza', 'Archivio', 'Telaio', 'Mulino', 'Stazione',
] as const;

export const ORG_TAILS = [
  'Lab', 'Studio', 'Media', 'Hub', 'Factory', 'Collettivo', 'Impresa Sociale', 'Digitale', 'Comune', 'Ventidue',
  'Aperta', 'Urbana', 'Garbatella', 'Ostiense', 'Nord', 'Sud', 'Tre', 'Quattro', 'Verde', 'Lunga',
] as const;

export const KIND_PREFIX: Readonly<Record<string, readonly string[]>> = {
  ASSOCIATION: ['Associazione', 'APS', 'Circolo'],
  COOPERATIVE: ['Cooperativa', 'Coop'],
  COLLECTIVE: ['Collettivo', 'Rete'],
  INSTITUTION: ['Fondazione', 'Istituto', 'Centro'],
  HUB: ['Spazio', 'Hub'],
  STARTUP: [''],
  COMPANY: [''],
};

export const KIND_SUFFIX: Readonly<Record<string, readonly string[]>> = {
  STARTUP: ['', 'srl'],
  COMPANY: ['srl', 'spa', 'snc'],
};

export const PROJECT_WORDS = [
  'Radici', 'Orizzonti', 'Quartiere', 'Voci', 'Mappe', 'Ponti', 'Semi', 'Officine', 'Archivi', 'Sguardi',
  'Cantieri', 'Passi', 'Reti', 'Fili', 'Luoghi', 'Storie', 'Cortili', 'Orti', 'Tracce', 'Rotte',
] as const;

export const PROJECT_TAILS = [
  'di quartiere', 'aperti', 'in comune', 'urbani', 'condivisi', 'sonori', 'digitali', 'del Tevere', 'di Garbatella',
  'ostiensi', 'in movimento', 'per tutti', 'sostenibili', 'di comunità', 'in rete', 'al lavoro',
] as const;

/** Contexts that specialise a skill: "montaggio video per eventi" is narrower than "montaggio video". */
export const SKILL_CONTEXTS: readonly { it: string; en: string }[] = [
  { it: 'per eventi', en: 'for events' },
  { it: 'per il web', en: 'for the web' },
  { it: 'per l’editoria', en: 'for publishing' },
  { it: 'per il terzo settore', en: 'for the third sector' },
  { it: 'per la scuola', en: 'for schools' },
  { it: 'per il turismo', en: 'for tourism' },
  { it: 'per la sanità', en: 'for healthcare' },
  { it: 'per i musei', en: 'for museums' },
  { it: 'per lo sport', en: 'for sport' },
  { it: 'per la moda', en: 'for fashion' },
  { it: 'per la musica', en: 'for music' },
  { it: 'per le imprese', en: 'for business' },
  { it: 'per la pubblica amministrazione', en: 'for public administration' },
];

export const MEMBER_ROLES = ['socia', 'collaboratrice', 'fondatrice', 'coordinatrice', 'volontaria', 'dipendente'] as const;
export const MEMBER_ROLES_M = ['socio', 'collaboratore', 'fondatore', 'coordinatore', 'volontario', 'dipendente'] as const;
export const PROJECT_ROLES = ['coordinamento', 'sviluppo', 'ricerca', 'comunicazione', 'produzione', 'consulenza', 'partner'] as const;

export const HEADLINE_OPENINGS = ['Si occupa di', 'Lavora tra', 'Esperienza in', 'Freelance:', 'Consulenza in', 'Insegna'] as const;

export const BIO_CLOSINGS = [
  'Cerca collaborazioni su progetti con un impatto sul territorio.',
  'Ama lavorare in squadra e condividere quello che sa.',
  'Da qualche anno lavora al coworking di Garbatella.',
  'Tiene corsi e laboratori per chi vuole cominciare.',
  'È disponibile per consulenze brevi e progetti di ricerca.',
  'Ha lavorato a lungo all’estero prima di tornare a Roma.',
] as const;
