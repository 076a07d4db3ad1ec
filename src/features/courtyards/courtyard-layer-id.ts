/** Layer id of the courtyard markers: what picking (hover, click, grid clicks, tests) asks for. */
export const COURTYARD_LAYER = 'courtyards';
export const COURTYARD_OVERDUE_LAYER = 'courtyards-overdue';
export const COURTYARD_STARS_LAYER = 'courtyards-stars';
export const COURTYARD_SELECTED_LAYER = 'courtyards-selected';
