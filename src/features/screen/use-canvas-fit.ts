// The wall screen's scale and letterbox offset for the current window, kept up to date on resize.
import { useEffect, useState } from 'react';
import { fitCanvas, type Fit } from '../../lib/screen-fit';

export function useCanvasFit(): Fit {
  const [fit, setFit] = useState(() => fitCanvas(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const update = () => setFit(fitCanvas(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return fit;
}
