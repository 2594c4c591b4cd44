import { useEffect, useState } from 'preact/hooks';

/** Where the canvas is on screen, so DOM controls can sit exactly over things drawn in the picture. */
export interface PictureBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

const PICTURE = { width: 1280, height: 720 };

export function usePictureBox(): PictureBox | null {
  const [box, setBox] = useState<PictureBox | null>(null);
  useEffect(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('#picture canvas');
    const ui = document.getElementById('ui');
    if (!canvas || !ui) return;
    const measure = () => {
      const c = canvas.getBoundingClientRect();
      const u = ui.getBoundingClientRect();
      setBox({
        left: c.left - u.left + ui.scrollLeft,
        top: c.top - u.top + ui.scrollTop,
        width: c.width,
        height: c.height,
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(canvas);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  return box;
}

/** CSS position of a point or box given in picture coordinates (1280×720). */
export function placeOver(box: PictureBox, x: number, y: number, width: number, height: number) {
  const scale = box.width / PICTURE.width;
  return {
    left: `${box.left + (x - width / 2) * scale}px`,
    top: `${box.top + (y - height / 2) * scale}px`,
    width: `${width * scale}px`,
    height: `${height * scale}px`,
  };
}
