"""Runs an exported Keras model.py against a recording stand-in for Keras (TensorFlow is not installable here).

It catches what py_compile cannot: unknown layer classes, wiring mistakes, duplicate layer names, and
weights.npz entries that do not match WEIGHTS. Prints JSON: the layers built and the weights each received.
    python3 fake_keras.py EXPORT_DIR
"""
import json
import sys
import types

KERAS_LAYERS = [
    "Conv2D", "DepthwiseConv2D", "SeparableConv2D", "MaxPooling2D", "AveragePooling2D", "GlobalAveragePooling2D",
    "GlobalMaxPooling2D", "BatchNormalization", "Dropout", "Activation", "LeakyReLU", "Add", "Concatenate",
    "ZeroPadding2D", "UpSampling2D", "Cropping2D", "Flatten", "Dense",
]
built = []


class Tensor:
    def __init__(self, layer):
        self.layer = layer


class Layer:
    def __init__(self, cls, args, kwargs):
        self.cls, self.args, self.kwargs, self.name, self.received = cls, args, kwargs, kwargs.get("name"), None

    def __call__(self, x):
        inputs = x if isinstance(x, list) else [x]
        assert inputs and all(isinstance(t, Tensor) for t in inputs), f"{self.name}: called on {x!r}"
        assert isinstance(x, list) == (self.cls in ("Add", "Concatenate")), f"{self.name}: merges take a list, others one tensor"
        built.append(self)
        return Tensor(self)

    def set_weights(self, weights):
        self.received = weights


layers = types.ModuleType("keras.layers")
for cls in KERAS_LAYERS:
    setattr(layers, cls, lambda *a, _cls=cls, **k: Layer(_cls, a, k))
keras = types.ModuleType("keras")
keras.layers = layers


def Input(shape, name):
    layer = Layer("InputLayer", (), {"name": name, "shape": shape})
    built.append(layer)
    return Tensor(layer)


class Model:
    def __init__(self, inputs, outputs, name):
        assert isinstance(inputs, Tensor) and isinstance(outputs, Tensor)
        self.layers, self.output_name = list(built), outputs.layer.name


keras.Input, keras.Model = Input, Model
sys.modules["keras"], sys.modules["keras.layers"] = keras, layers
sys.path.insert(0, sys.argv[1])
import model  # noqa: E402

net = model.load_weights(model.build_model(), f"{sys.argv[1]}/weights.npz")
names = [l.name for l in net.layers]
assert len(names) == len(set(names)), f"duplicate layer names: {names}"
assert set(model.WEIGHTS) <= set(names), f"WEIGHTS names layers the model lacks: {set(model.WEIGHTS) - set(names)}"
print(json.dumps({
    "layers": [{"class": l.cls, "name": l.name} for l in net.layers],
    "output": net.output_name,
    "weights": {l.name: [w.astype("float64").ravel().tolist() for w in l.received] for l in net.layers if l.received is not None},
    "shapes": {l.name: [list(w.shape) for w in l.received] for l in net.layers if l.received is not None},
}))
