// Live character counters for fields with a length limit (home/character_limits.py).
// The server renders each counter with the count at the time, in the words of the page's
// language (data-format, data-format-over); this only recounts as the person types or
// pastes. It never shortens what was typed: an over-long value stays, is marked, and the
// server says how much is too much.

const numbers = new Intl.NumberFormat("en-US"); // 1,000: the server's format, not the locale's

// Code points, as Python's len() counts them (a kanji outside the BMP is one character),
// with surrounding spaces left out, as the form field strips them.
const countCharacters = (text) => [...text.replace(/\r\n/g, "\n").trim()].length;

const fill = (format, values) =>
  format.replace(/%\((\w+)\)s/g, (placeholder, key) =>
    key in values ? numbers.format(values[key]) : placeholder,
  );

function update(input, counter) {
  const limit = Number(input.dataset.maxLength);
  const count = countCharacters(input.value);
  const over = count - limit;
  const format = over > 0 ? counter.dataset.formatOver : counter.dataset.format;
  const text = fill(format, { count, limit, over });
  counter.classList.toggle("form-field__count--over", over > 0);
  // Only a real change is written, so the live region is not read out for nothing.
  if (counter.textContent !== text) counter.textContent = text;
}

for (const input of document.querySelectorAll("[data-max-length][id]")) {
  const counter = document.getElementById(`${input.id}_count`);
  if (!counter || !counter.dataset.format) continue;
  update(input, counter); // a value the browser restored after going back
  input.addEventListener("input", () => update(input, counter));
}
