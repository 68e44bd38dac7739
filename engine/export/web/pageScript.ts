/**
 * predict.js of the web export: loads window.CONVAS_MODEL with tf.io.fromMemory, fits a dropped or
 * picked image to the Input shape on a canvas (as Convas' datasets do: resize mode, alpha on black,
 * grey as sRGB luminance, pixels / 255) and lists the class probabilities or regression values.
 * Plain ES2017 with no template strings, so it sits in a TS template literal unchanged.
 */
export const PAGE_SCRIPT = `'use strict';
(function () {
  var spec = window.CONVAS_MODEL, facts = spec.facts;
  var h = facts.inputShape[0], w = facts.inputShape[1], c = facts.inputShape[2];
  var status = document.getElementById('status'), results = document.getElementById('results');
  var preview = document.getElementById('preview');
  preview.width = w; preview.height = h;

  function bytesOf(base64) {
    var text = atob(base64), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes.buffer;
  }

  var ready = tf.setBackend('cpu').then(function () {
    return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: spec.modelTopology, weightSpecs: spec.weightSpecs, weightData: bytesOf(spec.weightsBase64) }));
  });
  ready.then(function () { status.textContent = 'Model ready: drop an image or choose one.'; document.body.dataset.ready = 'true'; },
    function (e) { status.textContent = 'Could not load the model: ' + e.message; });

  /** Where the source rectangle lands on the h×w canvas for each resize mode. */
  function draw(ctx, image) {
    var iw = image.width, ih = image.height;
    ctx.fillStyle = '#000'; ctx.fillRect(0, 0, w, h);
    ctx.imageSmoothingQuality = 'high';
    if (facts.resize === 'centerCrop') {
      var s = Math.max(w / iw, h / ih), cw = w / s, ch = h / s;
      ctx.drawImage(image, (iw - cw) / 2, (ih - ch) / 2, cw, ch, 0, 0, w, h);
    } else if (facts.resize === 'letterbox') {
      var k = Math.min(w / iw, h / ih), dw = iw * k, dh = ih * k;
      ctx.drawImage(image, 0, 0, iw, ih, (w - dw) / 2, (h - dh) / 2, dw, dh);
    } else {
      ctx.drawImage(image, 0, 0, iw, ih, 0, 0, w, h);
    }
  }

  function linear(v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
  function gamma(v) { return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055); }

  function inputOf(rgba) {
    var x = new Float32Array(h * w * c);
    for (var p = 0; p < h * w; p++) {
      var r = rgba[4 * p], g = rgba[4 * p + 1], b = rgba[4 * p + 2];
      if (c === 1) {
        var grey = r === g && g === b ? r : Math.round(gamma(0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)));
        x[p] = grey / 255;
      } else {
        x[3 * p] = r / 255; x[3 * p + 1] = g / 255; x[3 * p + 2] = b / 255;
      }
    }
    return x;
  }

  function show(values) {
    results.textContent = '';
    var rows = Array.prototype.map.call(values, function (v, i) { return { label: facts.labels[i] || ('output ' + (i + 1)), value: v }; });
    if (facts.task === 'classification') rows.sort(function (a, b) { return b.value - a.value; });
    rows.forEach(function (row) {
      var li = document.createElement('li');
      li.dataset.label = row.label; li.dataset.value = String(row.value);
      var name = document.createElement('span'); name.className = 'label'; name.textContent = row.label;
      var text = document.createElement('span'); text.className = 'value';
      text.textContent = facts.task === 'classification' ? (100 * row.value).toFixed(2) + ' %' : row.value.toPrecision(6);
      li.appendChild(name); li.appendChild(text);
      if (facts.task === 'classification') {
        var bar = document.createElement('span'); bar.className = 'bar'; bar.style.width = (100 * row.value).toFixed(1) + '%';
        li.appendChild(bar);
      }
      results.appendChild(li);
    });
  }

  function predict(file) {
    status.textContent = 'Reading ' + file.name + '…';
    Promise.all([ready, createImageBitmap(file)]).then(function (both) {
      var model = both[0], ctx = preview.getContext('2d', { willReadFrequently: true });
      draw(ctx, both[1]);
      var x = inputOf(ctx.getImageData(0, 0, w, h).data);
      var y = tf.tidy(function () { return model.predict(tf.tensor4d(x, [1, h, w, c])); });
      return y.data().then(function (values) { y.dispose(); show(values); status.textContent = file.name; document.body.dataset.predicted = file.name; });
    }).catch(function (e) { status.textContent = 'Could not read ' + file.name + ': ' + (e && e.message || e); });
  }

  var picker = document.getElementById('file'), drop = document.getElementById('drop');
  picker.addEventListener('change', function () { if (picker.files[0]) predict(picker.files[0]); });
  drop.addEventListener('dragover', function (e) { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', function () { drop.classList.remove('over'); });
  drop.addEventListener('drop', function (e) {
    e.preventDefault(); drop.classList.remove('over');
    if (e.dataTransfer.files[0]) predict(e.dataTransfer.files[0]);
  });
})();
`;
