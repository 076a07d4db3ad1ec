/** Layer id of the incident pins: what picking (hover, click, tests) asks for. */
export const PIN_LAYER = 'incident-pins';
/** Clusters of pins below the cluster zoom; their objects carry a count. */
export const CLUSTER_LAYER = 'incident-clusters';
export const OVERDUE_LAYER = 'incident-overdue';
export const SELECTED_LAYER = 'incident-selected';
export const HEAT_LAYER = 'incident-heat';
/** Sensitive incidents the viewer may not see as pins: counts per area of about 500 m. */
export const SENSITIVE_AREA_LAYER = 'incident-sensitive-areas';
