/** Layer id of the incident pins: what picking (hover, click, tests) asks for. */
export const PIN_LAYER = 'incident-pins';
