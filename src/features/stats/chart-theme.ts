// Colours and type size of the charts. The dashboard sits on white panels; the wall screen is dark and read from
// across a room. SVG presentation attributes cannot read CSS variables, so the charts take them from here.
import { createContext, useContext } from 'react';

export interface ChartTheme {
  ink: string;
  muted: string;
  grid: string;
  background: string;
  fontSize: number;
  received: string;
  resolved: string;
  open: string;
  /** Slices of the source pie, in vocabulary order. */
  palette: readonly string[];
}

export const LIGHT_THEME: ChartTheme = {
  ink: '#14263c',
  muted: '#5d6b7a',
  grid: '#e3e8ee',
  background: '#ffffff',
  fontSize: 12,
  received: '#1565c0',
  resolved: '#2e7d32',
  open: '#ef6c00',
  palette: ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#5d4037'],
};

export const DARK_THEME: ChartTheme = {
  ink: '#e6f1ff',
  muted: '#9fb3c8',
  grid: '#24405f',
  background: '#0b1a2e',
  fontSize: 20,
  received: '#4fc3f7',
  resolved: '#81c784',
  open: '#ffb74d',
  palette: ['#4fc3f7', '#81c784', '#ffb74d', '#ba68c8', '#4dd0e1', '#f06292', '#a1887f'],
};

export const ChartThemeContext = createContext<ChartTheme>(LIGHT_THEME);

export const useChartTheme = () => useContext(ChartThemeContext);
