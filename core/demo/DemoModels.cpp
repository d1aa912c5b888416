// DemoModels: makers for machine learning models: MLflow model directories, Model Serving artifacts, and the
// images and ephemeral storage serverless Model Serving keeps.
#include "demo/DemoModels.h"

#include "demo/DemoConstants.h"
#include "demo/DemoFormats.h"
#include "demo/DemoText.h"
#include "demo/DemoVocabulary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace keyward::demo {

Status makeMlflowModel(DemoUnit &u)
{
    const QByteArray experiment = num(1000000000000000LL + u.rng.below(900000000000000LL));
    const QByteArray run = u.rng.hex(32);
    const QByteArray flavour = u.rng.pick(vocabulary::Flavours);
    const QByteArray model = u.rng.pick(vocabulary::Models);
    const QString dir = u.at(experiment + '/' + run + "/artifacts/model/");
    const qint64 pickleSize = std::max<qint64>(u.budget, 2048);
    const QByteArray pyVersion = "3.10.12";
    const QByteArray flavourVersion = flavour == "sklearn" ? "1.3.0" : flavour == "xgboost" ? "1.7.6" : "4.1.0";

    if (Status s = u.stream(dir + QStringLiteral("model.pkl"),
                            [&](DemoSink &sink) {
                                // Pickle protocol 4 with a frame, a class reference, the estimator's state, then STOP.
                                QByteArray head("\x80\x04\x95", 3);
                                QByteArray frame(8, '\0');
                                putLe(frame, 0, quint64(pickleSize - 11), 8);
                                const QByteArray cls =
                                    flavour == "sklearn" ? "sklearn.ensemble._forest" : flavour + ".sklearn";
                                sink.write(head + frame + '\x8c' + char(cls.size()) + cls +
                                           "\x94\x8c\x15RandomForestRegressor\x94\x93\x94)\x81\x94}\x94(");
                                fillRandom(sink, u.rng, pickleSize - sink.size() - 3);
                                sink.write("ub.");
                            });
        !s)
        return s;

    const QByteArray mlmodel =
        "artifact_path: model\nflavors:\n  python_function:\n    env:\n      conda: conda.yaml\n      virtualenv: "
        "python_env.yaml\n"
        "    loader_module: mlflow." +
        flavour + "\n    model_path: model.pkl\n    predict_fn: predict\n    python_version: " + pyVersion + "\n  " +
        flavour + ":\n    code: null\n    pickled_model: model.pkl\n    serialization_format: cloudpickle\n    " +
        flavour + "_version: " + flavourVersion + "\nmlflow_version: 2.9.2\nmodel_size_bytes: " + num(pickleSize) +
        "\nmodel_uuid: " + u.rng.hex(32) + "\nrun_id: " + run +
        "\nsignature:\n  inputs: '[{\"type\": \"double\", \"name\": \"amount\", \"required\": true}, {\"type\": "
        "\"long\", "
        "\"name\": \"page_views\", \"required\": true}]'\n  outputs: '[{\"type\": \"tensor\", \"tensor-spec\": "
        "{\"dtype\": "
        "\"float64\", \"shape\": [-1]}}]'\n  params: null\nutc_time_created: '" +
        QDateTime::fromMSecsSinceEpoch(u.time(), Qt::UTC)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz000"))
            .toLatin1() +
        "'\n";
    const QByteArray requirements =
        "mlflow==2.9.2\ncloudpickle==2.2.1\nnumpy==1.23.5\npandas==1.5.3\nscikit-learn==1.3.0\n" +
        (flavour == "sklearn" ? QByteArray() : flavour + "==" + flavourVersion + '\n');
    const QByteArray conda =
        "channels:\n- conda-forge\ndependencies:\n- python=" + pyVersion +
        "\n- pip<=23.2.1\n- pip:\n  - mlflow==2.9.2\n  - cloudpickle==2.2.1\n  - scikit-learn==1.3.0\n"
        "name: mlflow-env\n";
    const QByteArray pythonEnv = "python: " + pyVersion +
                                 "\nbuild_dependencies:\n- pip==23.2.1\n- setuptools==68.0.0\n- wheel==0.41.2\n"
                                 "dependencies:\n- -r requirements.txt\n";
    for (const auto &[name, bytes] :
         {std::pair{QStringLiteral("MLmodel"), mlmodel}, std::pair{QStringLiteral("conda.yaml"), conda},
          std::pair{QStringLiteral("python_env.yaml"), pythonEnv},
          std::pair{QStringLiteral("requirements.txt"), requirements}}) {
        if (Status s = u.put(dir + name, bytes); !s)
            return s;
    }
    return {};
}

Status makeServingArtifact(DemoUnit &u)
{
    const QByteArray model = u.rng.pick(vocabulary::Models);
    const QByteArray endpoint = QByteArray(model).replace('_', '-') + '-' + num(u.index);
    const qint64 version = u.rng.range(1, 12);
    const QByteArray dir = endpoint + "/versions/" + num(version) + '/';
    const qint64 created = u.time();
    if (Status s =
            u.stream(u.at(dir + "artifacts/model.tar.gz"),
                     [&](DemoSink &sink) { writeGzipLike(sink, u.rng, std::max<qint64>(u.budget, 1024), created); });
        !s)
        return s;
    const QByteArray run = u.rng.hex(32);
    const QJsonObject meta{
        {QStringLiteral("name"), latin("main.ml." + model)},
        {QStringLiteral("version"), latin(num(version))},
        {QStringLiteral("creation_timestamp"), double(created)},
        {QStringLiteral("last_updated_timestamp"), double(created + u.rng.below(3 * DayMs))},
        {QStringLiteral("user_id"), latin(person(u.rng).email())},
        {QStringLiteral("source"),
         latin("dbfs:/databricks/mlflow-tracking/" + num(u.rng.range(1000, 9999)) + '/' + run + "/artifacts/model")},
        {QStringLiteral("run_id"), latin(run)},
        {QStringLiteral("status"), QStringLiteral("READY")},
        {QStringLiteral("aliases"), QJsonArray{QStringLiteral("champion")}},
        {QStringLiteral("served_by"), latin(endpoint)}};
    return u.put(u.at(dir + "model-version.json"), indentedJson(meta));
}

Status makeServerlessImageItem(DemoUnit &u)
{
    const QByteArray endpoint = QByteArray(u.rng.pick(vocabulary::Models)).replace('_', '-') + '-' + num(u.index);
    const int kind = u.index < 3 ? int(u.index) : int(u.rng.below(3));
    const QByteArray version = num(u.rng.range(1, 12));
    if (kind == 0) {
        QJsonArray layers;
        for (int i = 0; i < 4; ++i)
            layers.append(QJsonObject{
                {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip")},
                {QStringLiteral("digest"), latin("sha256:" + u.rng.hex(64))},
                {QStringLiteral("size"), double(u.rng.range(2 * MiB, 400 * MiB))}});
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("config"),
             QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.config.v1+json")},
                         {QStringLiteral("digest"), latin("sha256:" + u.rng.hex(64))},
                         {QStringLiteral("size"), double(u.rng.range(4000, 12000))}}},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("annotations"),
             QJsonObject{{QStringLiteral("com.databricks.serving.endpoint"), latin(endpoint)},
                         {QStringLiteral("com.databricks.serving.entity"),
                          latin("main.ml." + QByteArray(endpoint).replace('-', '_') + '/' + version)}}}};
        return u.put(u.in("serverless/model-images", endpoint + '/' + version + "/manifest.json"),
                     indentedJson(manifest));
    }
    if (kind == 1) {
        return u.stream(
            u.in("serverless/model-images", endpoint + '/' + version + "/blobs/sha256/" + u.rng.hex(64)),
            [&](DemoSink &sink) { writeGzipLike(sink, u.rng, std::max<qint64>(u.budget, 1024), u.time()); });
    }
    const QByteArray replica = "replica-" + u.rng.hex(8);
    if (u.rng.chance(0.5)) {
        return u.stream(
            u.in("serverless/ephemeral", endpoint + '/' + replica + "/logs/model-server.log"), [&](DemoSink &sink) {
                for (qint64 t = u.time(); sink.size() < std::max<qint64>(u.budget, 300); t += u.rng.range(5, 4000))
                    sink.write(isoTime(t) + " INFO  [model-server] predict request_id=" + u.rng.uuid() +
                               " status=200 latency_ms=" + num(u.rng.range(4, 300)) + '\n');
            });
    }
    return u.stream(u.in("serverless/ephemeral", endpoint + '/' + replica + "/tmp/" + u.rng.uuid() + ".npy"),
                    [&](DemoSink &sink) {
                        QByteArray header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" +
                                            num(u.rng.range(100, 5000)) + ", 32), }";
                        header = header.leftJustified(118, ' ') + '\n';
                        sink.write(QByteArray("\x93NUMPY\x01\x00\x76\x00", 10) + header);
                        fillRandom(sink, u.rng, std::max<qint64>(u.budget - 128, 256));
                    });
}

} // namespace keyward::demo
