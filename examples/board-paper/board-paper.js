/**
 * The key points on the first page: each is the first sentence of the plain-English summary its
 * chart writes from the figures, copied in (as text) once the chart has drawn, so page 1 says what
 * the paper shows; the whole summary is under each chart.
 */
const firstSentence = (text) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0];
for (const item of document.querySelectorAll('[data-summary-of]')) {
  const chart = document.getElementById(item.getAttribute('data-summary-of'));
  const text = item.querySelector('.key-point');
  if (!chart || !text) continue;
  const fill = () => {
    if (chart.summary) text.textContent = firstSentence(chart.summary);
  };
  chart.addEventListener('send-render', fill);
  fill();
}
