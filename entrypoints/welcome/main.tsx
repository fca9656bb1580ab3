import { render } from 'preact';
import { App } from './App';
import '@/assets/ui.css';

render(<App />, document.getElementById('app')!);
