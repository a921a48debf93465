package dev.kafkaexplorer.ui.schemas;

import java.util.Map;
import java.util.function.Supplier;

/** The controllers the Schemas tab's FXML files ask for, all over one view-model. */
public final class SchemasScreen {

    private SchemasScreen() {
    }

    /** By controller type, as a window's controller factory looks them up. */
    public static Map<Class<?>, Supplier<Object>> controllers(SchemasViewModel model) {
        return Map.of(
                SchemasController.class, () -> new SchemasController(model),
                SchemaVersionsController.class, () -> new SchemaVersionsController(model),
                SchemaCompareController.class, () -> new SchemaCompareController(model),
                SchemaRegisterController.class, () -> new SchemaRegisterController(model));
    }
}
