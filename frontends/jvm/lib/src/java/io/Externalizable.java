package java.io;

/** A serializable class that writes and reads its own contents (its public no-argument
 *  constructor makes the object when it is read). */
public interface Externalizable extends Serializable {
    void writeExternal(ObjectOutput out) throws IOException;
    void readExternal(ObjectInput in) throws IOException, ClassNotFoundException;
}
