/*
 * DPO console: draws a chart from each table named by a .dpo-chart[data-chart-for] element.
 * The table is the source of truth and stays on the page (screen readers, no script, printing);
 * the chart, hidden from assistive technologies, only repeats it. Chart.js comes from its webjar.
 */
(function () {
  'use strict';

  function rows(table) {
    return Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (row) {
      var labelCell = row.querySelector('[data-label]');
      var valueCell = row.querySelector('[data-value]');
      return {
        label: labelCell ? labelCell.getAttribute('data-label') : row.cells[0].textContent.trim(),
        value: valueCell ? Number(valueCell.getAttribute('data-value')) : 0
      };
    });
  }

  function draw(holder) {
    var table = document.getElementById(holder.getAttribute('data-chart-for'));
    if (!table || typeof window.Chart === 'undefined') {
      return;
    }
    var data = rows(table);
    var horizontal = holder.getAttribute('data-chart-type') === 'horizontal';
    var colour = getComputedStyle(document.documentElement).getPropertyValue('--brand').trim() || '#0b5563';
    var canvas = document.createElement('canvas');
    holder.appendChild(canvas);
    holder.classList.add('dpo-chart-drawn');
    if (horizontal) {
      holder.style.height = Math.max(160, data.length * 34 + 40) + 'px';
    }
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.map(function (d) { return d.label; }),
        datasets: [{ data: data.map(function (d) { return d.value; }), backgroundColor: colour }]
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          y: { beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  }

  function init() {
    document.querySelectorAll('.dpo-chart[data-chart-for]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
