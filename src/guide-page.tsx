/** guide.html: the teacher guide as a page of its own, to read, print or share; no game, no canvas, no sound. */
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import { render } from 'preact';
import { TeacherGuide } from './ui/guide/TeacherGuide.tsx';
import './guide-page.css';

const root = document.getElementById('guide');
if (root) render(<TeacherGuide headingLevel={1} />, root);
