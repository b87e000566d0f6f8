import './app.css';
import { render } from 'preact';

function App() {
  return <main>Parley console</main>;
}

render(<App />, document.getElementById('app')!);
