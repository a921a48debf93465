package dev.kafkaexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A plain copy of an observable list kept up to date from the changes it reports alone: if the
 * changes are right, the mirror equals the list. Each removal is checked against what the mirror
 * held there; each sub-change is noted as "-removed+added@from".
 */
final class ChangeMirror {

    private ChangeMirror() {
    }

    static <E> List<E> of(ObservableList<E> list) {
        return of(list, new ArrayList<>());
    }

    static <E> List<E> of(ObservableList<E> list, List<String> changes) {
        List<E> mirror = new ArrayList<>(list);
        list.addListener((ListChangeListener<E>) c -> {
            while (c.next()) {
                changes.add((c.wasRemoved() ? "-" + c.getRemovedSize() : "") + (c.wasAdded() ? "+" + c.getAddedSize() : "") + "@" + c.getFrom());
                if (c.wasRemoved()) {
                    List<E> removed = mirror.subList(c.getFrom(), c.getFrom() + c.getRemovedSize());
                    assertThat(c.getRemoved()).isEqualTo(removed);
                    removed.clear();
                }
                if (c.wasAdded()) {
                    mirror.addAll(c.getFrom(), c.getAddedSubList());
                }
            }
        });
        return mirror;
    }
}
