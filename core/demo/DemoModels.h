// DemoModels: makers for machine learning models: MLflow model directories, Model Serving artifacts, and the
// images and ephemeral storage serverless Model Serving keeps.
#pragma once

#include "demo/DemoUnit.h"

namespace keyward::demo {

// model.pkl, MLmodel (whose model_size_bytes matches the pickle), conda.yaml, python_env.yaml, requirements.txt.
Status makeMlflowModel(DemoUnit &u);
// A registered model version's model.tar.gz and its metadata JSON.
Status makeServingArtifact(DemoUnit &u);
// An OCI image manifest, an image layer, or a replica's log or scratch array (the first three show one each).
Status makeServerlessImageItem(DemoUnit &u);

} // namespace keyward::demo
