package dev.ormkit.softdelete.routes;

import dev.ormkit.softdelete.SoftDeletableEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** Soft-deletable, no cascades, with an element collection and a join table that a soft delete must keep. */
@Entity
public class Article extends SoftDeletableEntity {

    private String title;

    @ElementCollection
    @CollectionTable(name = "article_keyword")
    private Set<String> keywords = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "article_topic")
    private Set<Topic> topics = new HashSet<>();

    protected Article() {}

    public Article(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<String> getKeywords() {
        return keywords;
    }

    public Set<Topic> getTopics() {
        return topics;
    }
}
