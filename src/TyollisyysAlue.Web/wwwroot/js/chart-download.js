// Download a rendered chart as SVG or PNG, client-side from its SVG: the styles the page's CSS gives each element are
// written inline, so the file looks the same outside the app; the PNG is the same SVG drawn on a canvas at 2x.
const styled = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
    'font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'visibility', 'display'];

function serialize(container) {
    const svg = container.querySelector('svg');
    if (!svg) return null;
    const copy = svg.cloneNode(true);
    const from = [svg, ...svg.querySelectorAll('*')];
    const to = [copy, ...copy.querySelectorAll('*')];
    from.forEach((element, i) => {
        const computed = getComputedStyle(element);
        to[i].setAttribute('style', styled.map(p => `${p}:${computed.getPropertyValue(p)}`).join(';'));
    });
    const box = svg.getBoundingClientRect();
    const width = Math.max(1, Math.round(box.width));
    const height = Math.max(1, Math.round(box.height));
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    copy.setAttribute('width', width);
    copy.setAttribute('height', height);
    if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // a white page behind the chart, as a picture pasted into Word or PowerPoint expects
    const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', '#ffffff');
    copy.insertBefore(background, copy.firstChild);
    return { text: new XMLSerializer().serializeToString(copy), width, height };
}

function save(blob, fileName) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

export function downloadSvg(container, fileName) {
    const chart = serialize(container);
    if (!chart) return false;
    save(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n', chart.text], { type: 'image/svg+xml' }), fileName);
    return true;
}

export async function downloadPng(container, fileName) {
    const chart = serialize(container);
    if (!chart) return false;
    const image = new Image();
    // a data: address, which the app's Content-Security-Policy allows for images (img-src 'self' data:), not blob:
    await new Promise((resolve, reject) => {
        image.onload = resolve;
        image.onerror = reject;
        image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(chart.text);
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = chart.width * scale;
    canvas.height = chart.height * scale;
    const context = canvas.getContext('2d');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, chart.width, chart.height);
    const png = await new Promise(resolve => canvas.toBlob(resolve, 'image/png'));
    save(png, fileName);
    return true;
}
