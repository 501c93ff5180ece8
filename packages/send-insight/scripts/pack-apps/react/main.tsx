import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'send-insight';
import type {} from 'send-insight/react';

const OUTCOMES = [
  'voice_heard',
  'healthy',
  'happy',
  'supported',
  'safe',
  'included',
  'able_to_learn',
  'prepared_for_adulthood',
];
const rows = OUTCOMES.map((outcome, i) => ({
  outcome,
  group: 'Parents and carers',
  period: '2025',
  respondents: 120,
  agree: 60 + i * 5,
}));

function App() {
  const [summary, setSummary] = useState('');
  return (
    <main>
      <send-outcomes-radar
        heading="What families told us"
        data={rows}
        min-count={10}
        onsend-render={(event) => setSummary(event.detail.summary)}
      />
      <p id="summary">{summary}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
